import { Input, Label, Select } from "@medusajs/ui"
import { useEffect, useState } from "react"

const ALL = "all"
export type Option = { id: string; name: string }

/** One filter chosen from a list, or every one (`every` names that choice). */
export const Choice = ({ label, value, options, every, onChange, width = "w-56" }: { label: string; value?: string; options: Option[]; every: string; onChange: (v: string | undefined) => void; width?: string }) => (
  <div className="flex flex-col gap-y-1">
    <Label>{label}</Label>
    <Select value={value ?? ALL} onValueChange={(v) => onChange(v === ALL ? undefined : v)}>
      <Select.Trigger className={width}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>{every}</Select.Item>
        {options.map((o) => (
          <Select.Item key={o.id} value={o.id}>
            {o.name}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </div>
)

/** A search sent on Enter or when the field is left, not on every key. */
export const SearchField = ({ id, label, placeholder, value, onSearch }: { id: string; label: string; placeholder: string; value?: string; onSearch: (q: string | undefined) => void }) => {
  const [q, setQ] = useState(value ?? "")
  useEffect(() => setQ(value ?? ""), [value])
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        type="search"
        className="w-64"
        placeholder={placeholder}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onBlur={() => onSearch(q.trim() || undefined)}
        onKeyDown={(e) => e.key === "Enter" && onSearch(q.trim() || undefined)}
      />
    </div>
  )
}
