import { CARD_STATUS } from "../lib/format"
import type { GiftCardFilters, GiftCardStatus } from "../lib/types"
import { Choice, SearchField, type Option } from "./filter-fields"

const STATUSES = (Object.keys(CARD_STATUS) as GiftCardStatus[]).map((s) => ({ id: s, name: CARD_STATUS[s].label }))

/** Branch sold at, status and code (in full, or its end as the list shows it). */
export const GiftCardFiltersBar = ({
  filters,
  setFilter,
  branches,
}: {
  filters: GiftCardFilters
  setFilter: (key: keyof GiftCardFilters, value: string | undefined) => void
  branches: Option[]
}) => (
  <div className="flex flex-wrap items-end gap-4 px-6 py-4">
    <SearchField id="gc-q" label="Code" placeholder="Full code, or its end: ABCD-E" value={filters.q} onSearch={(q) => setFilter("q", q)} />
    <Choice label="Sold at" value={filters.location_id} options={branches} every="Every branch" width="w-48" onChange={(v) => setFilter("location_id", v)} />
    <Choice label="Status" value={filters.status} options={STATUSES} every="Any status" width="w-40" onChange={(v) => setFilter("status", v)} />
  </div>
)
