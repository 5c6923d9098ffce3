import { Input, Label } from "@medusajs/ui"
import type { AccountFilters } from "../lib/types"
import { Choice, SearchField, type Option } from "./filter-fields"

/** Branch (where credit was issued or spent), customer search and "expiring within N days". */
export const AccountFiltersBar = ({
  filters,
  setFilter,
  branches,
}: {
  filters: AccountFilters
  setFilter: (key: keyof AccountFilters, value: string | undefined) => void
  branches: Option[]
}) => (
  <div className="flex flex-wrap items-end gap-4 px-6 py-4">
    <SearchField id="sc-q" label="Customer" placeholder="Name, e-mail or phone" value={filters.q} onSearch={(q) => setFilter("q", q)} />
    <Choice label="Branch" value={filters.location_id} options={branches} every="Every branch" width="w-48" onChange={(v) => setFilter("location_id", v)} />
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
