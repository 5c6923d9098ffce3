import { XMarkMini } from "@medusajs/icons"
import { Badge, Button, DatePicker, Input, Select, Text } from "@medusajs/ui"
import { useEffect, useMemo, useRef, useState } from "react"
import { AuditFilters, FilterKey, fromDay, toDay } from "../lib/filters"

// Radix's Select has no empty item value: "any" stands for "no filter".
const ANY = "__any"

type Option = { value: string; label: string }

const FilterSelect = ({ label, value, options, onChange }: {
  label: string
  value: string | undefined
  options: Option[]
  onChange: (value: string | undefined) => void
}) => {
  // A value from a shared URL that the lists do not (yet) hold is still shown.
  const all = value && !options.some((o) => o.value === value) ? [{ value, label: value }, ...options] : options
  return (
    <Select size="small" value={value ?? ANY} onValueChange={(v) => onChange(v === ANY ? undefined : v)}>
      <Select.Trigger aria-label={label} className="w-44">
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ANY}>{`Any ${label.toLowerCase()}`}</Select.Item>
        {all.map((o) => (
          <Select.Item key={o.value} value={o.value}>
            {o.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

/** What a typed text searches for: the API needs at least 2 characters, so less is no search. */
const searchOf = (draft: string) => (draft.trim().length >= 2 ? draft.trim() : "")

/** Searches as one types, a moment after the typing stops. */
const SearchInput = ({ value, onChange }: { value: string | undefined; onChange: (q: string | undefined) => void }) => {
  const [draft, setDraft] = useState(value ?? "")
  // The timer calls the latest onChange: an older one would undo filters set while it waited.
  const latest = useRef(onChange)
  latest.current = onChange
  // Follows the URL when it changes elsewhere (clear, back), but leaves a draft that maps to it as typed.
  useEffect(() => {
    if ((value ?? "") !== searchOf(draft)) setDraft(value ?? "")
  }, [value])
  useEffect(() => {
    const q = searchOf(draft)
    if (q === (value ?? "")) return
    const timer = setTimeout(() => latest.current(q || undefined), 300)
    return () => clearTimeout(timer)
  }, [draft])
  return (
    <Input
      size="small"
      type="search"
      className="w-56"
      placeholder="Search actor, entity, action"
      aria-label="Search"
      maxLength={100}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
    />
  )
}

const DayPicker = ({ label, value, min, onChange }: {
  label: string
  value: string | undefined
  min?: string
  onChange: (day: string | undefined) => void
}) => {
  // Stable dates: the picker resets itself (and reports a change) whenever its value is a new object.
  const date = useMemo(() => fromDay(value), [value])
  const minDate = useMemo(() => fromDay(min) ?? undefined, [min])
  return (
    <div className="flex items-center gap-x-2">
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      <DatePicker
        size="small"
        aria-label={label}
        className="w-36"
        value={date}
        minValue={minDate}
        onChange={(d) => onChange(d ? toDay(d) : undefined)}
      />
    </div>
  )
}

/** Narrowings set from an entry ("entries by this actor"), shown so they can be removed. */
const Chip = ({ label, value, onRemove }: { label: string; value: string; onRemove: () => void }) => (
  <Badge size="small" className="gap-x-1">
    {label}: <span className="font-mono">{value}</span>
    <button type="button" aria-label={`Remove ${label} filter`} onClick={onRemove}>
      <XMarkMini />
    </button>
  </Badge>
)

type Props = {
  filters: AuditFilters
  setFilter: (key: FilterKey, value: string | undefined) => void
  clearFilters: () => void
  actions: string[]
  entityTypes: string[]
  branches: Option[]
}

export const AuditFiltersBar = ({ filters: f, setFilter, clearFilters, actions, entityTypes, branches }: Props) => {
  const set = (key: FilterKey) => (value: string | undefined) => setFilter(key, value)
  const asOptions = (list: string[]) => list.map((v) => ({ value: v, label: v }))
  return (
    <div className="flex flex-wrap items-center gap-2 px-6 py-4">
      <SearchInput value={f.q} onChange={set("q")} />
      <DayPicker label="From" value={f.from} onChange={set("from")} />
      <DayPicker label="To" value={f.to} min={f.from} onChange={set("to")} />
      <FilterSelect label="Action" value={f.action} options={asOptions(actions)} onChange={set("action")} />
      <FilterSelect label="Entity type" value={f.entity_type} options={asOptions(entityTypes)} onChange={set("entity_type")} />
      <FilterSelect label="Branch" value={f.branch_id} options={branches} onChange={set("branch_id")} />
      {f.actor_id && <Chip label="Actor" value={f.actor_id} onRemove={() => setFilter("actor_id", undefined)} />}
      {f.entity_id && <Chip label="Record" value={f.entity_id} onRemove={() => setFilter("entity_id", undefined)} />}
      {Object.keys(f).length > 0 && (
        <Button size="small" variant="transparent" onClick={clearFilters}>
          Clear filters
        </Button>
      )}
    </div>
  )
}
