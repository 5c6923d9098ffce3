import { Input, Label } from "@medusajs/ui"
import type { GiftSaleFilters } from "../lib/types"
import { Choice, type Option } from "./filter-fields"

/** The period (first and last day), branch, product and the staff member who sold it; staff only for those who may list staff. */
export const GiftSaleFiltersBar = ({
  filters,
  setFilter,
  branches,
  products,
  staff,
}: {
  filters: GiftSaleFilters
  setFilter: (key: keyof GiftSaleFilters, value: string | undefined) => void
  branches: Option[]
  products: Option[]
  staff: Option[] | null
}) => (
  <div className="flex flex-wrap items-end gap-4 px-6 py-4">
    <div className="flex flex-col gap-y-1">
      <Label htmlFor="gs-from">From</Label>
      <Input id="gs-from" type="date" className="w-40" value={filters.from ?? ""} onChange={(e) => setFilter("from", e.target.value || undefined)} />
    </div>
    <div className="flex flex-col gap-y-1">
      <Label htmlFor="gs-to">To</Label>
      <Input id="gs-to" type="date" className="w-40" value={filters.to ?? ""} onChange={(e) => setFilter("to", e.target.value || undefined)} />
    </div>
    <Choice label="Branch" value={filters.location_id} options={branches} every="Every branch" onChange={(v) => setFilter("location_id", v)} />
    <Choice label="Product" value={filters.product_id} options={products} every="Every product" onChange={(v) => setFilter("product_id", v)} />
    {staff && <Choice label="Sold by" value={filters.staff_id} options={staff} every="Anyone" onChange={(v) => setFilter("staff_id", v)} />}
  </div>
)
