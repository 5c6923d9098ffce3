import { Input, Label, Select } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { CARD_STATUS } from "../lib/format"
import type { GiftCardFilters, GiftCardStatus } from "../lib/types"

const ALL = "all"

/** Branch sold at, status and code (in full, or its end as the list shows it). */
export const GiftCardFiltersBar = ({
  filters,
  setFilter,
  branches,
}: {
  filters: GiftCardFilters
  setFilter: (key: keyof GiftCardFilters, value: string | undefined) => void
  branches: { id: string; name: string }[]
}) => {
  // The search is sent on Enter or when the field is left, not on every key.
  const [q, setQ] = useState(filters.q ?? "")
  useEffect(() => setQ(filters.q ?? ""), [filters.q])
  return (
    <div className="flex flex-wrap items-end gap-4 px-6 py-4">
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="gc-q">Code</Label>
        <Input
          id="gc-q"
          type="search"
          className="w-64"
          placeholder="Full code, or its end: ABCD-E"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onBlur={() => setFilter("q", q.trim() || undefined)}
          onKeyDown={(e) => e.key === "Enter" && setFilter("q", q.trim() || undefined)}
        />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label>Sold at</Label>
        <Select value={filters.location_id ?? ALL} onValueChange={(v) => setFilter("location_id", v === ALL ? undefined : v)}>
          <Select.Trigger className="w-48">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>Every branch</Select.Item>
            {branches.map((b) => (
              <Select.Item key={b.id} value={b.id}>
                {b.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <div className="flex flex-col gap-y-1">
        <Label>Status</Label>
        <Select value={filters.status ?? ALL} onValueChange={(v) => setFilter("status", v === ALL ? undefined : v)}>
          <Select.Trigger className="w-40">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>Any status</Select.Item>
            {(Object.keys(CARD_STATUS) as GiftCardStatus[]).map((s) => (
              <Select.Item key={s} value={s}>
                {CARD_STATUS[s].label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
    </div>
  )
}
