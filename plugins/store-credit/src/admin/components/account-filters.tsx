import { Input, Label, Select } from "@medusajs/ui"
import { useEffect, useState } from "react"
import type { AccountFilters } from "../lib/types"

const ALL = "all"

/** Branch (where credit was issued or spent), customer search and "expiring within N days". */
export const AccountFiltersBar = ({
  filters,
  setFilter,
  branches,
}: {
  filters: AccountFilters
  setFilter: (key: keyof AccountFilters, value: string | undefined) => void
  branches: { id: string; name: string }[]
}) => {
  // The search is sent on Enter or when the field is left, not on every key.
  const [q, setQ] = useState(filters.q ?? "")
  useEffect(() => setQ(filters.q ?? ""), [filters.q])
  return (
    <div className="flex flex-wrap items-end gap-4 px-6 py-4">
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="sc-q">Customer</Label>
        <Input
          id="sc-q"
          type="search"
          className="w-64"
          placeholder="Name, e-mail or phone"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onBlur={() => setFilter("q", q.trim() || undefined)}
          onKeyDown={(e) => e.key === "Enter" && setFilter("q", q.trim() || undefined)}
        />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label>Branch</Label>
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
        <Label htmlFor="sc-expiring">Expiring within (days)</Label>
        <Input
          id="sc-expiring"
          type="number"
          min={0}
          className="w-40"
          placeholder="Any time"
          value={filters.expiring_within_days ?? ""}
          onChange={(e) => setFilter("expiring_within_days", e.target.value === "" ? undefined : e.target.value)}
        />
      </div>
    </div>
  )
}
