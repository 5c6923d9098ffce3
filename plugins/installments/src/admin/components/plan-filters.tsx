import { Checkbox, Label, Select } from "@medusajs/ui"
import { STATUS_LABEL } from "../lib/format"
import type { PlanFilters } from "../lib/types"

const ALL = "all"

/** Status, branch, overdue and "my approval queue" filters of the plans list. */
export const PlanFiltersBar = ({
  filters,
  setFilter,
  branches,
  canApprove,
  userId,
}: {
  filters: PlanFilters
  setFilter: (key: keyof PlanFilters, value: string | undefined) => void
  branches: { id: string; name: string }[]
  canApprove: boolean
  userId?: string
}) => (
  <div className="flex flex-wrap items-center gap-4 px-6 py-4">
    <Select value={filters.status ?? ALL} onValueChange={(v) => setFilter("status", v === ALL ? undefined : v)}>
      <Select.Trigger className="w-48">
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>Every status</Select.Item>
        {Object.entries(STATUS_LABEL).map(([value, label]) => (
          <Select.Item key={value} value={value}>
            {label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
    <Select value={filters.location_id ?? ALL} onValueChange={(v) => setFilter("location_id", v === ALL ? undefined : v)}>
      <Select.Trigger className="w-48">
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>My branches</Select.Item>
        {branches.map((b) => (
          <Select.Item key={b.id} value={b.id}>
            {b.name}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
    <div className="flex items-center gap-x-2">
      <Checkbox id="f-overdue" checked={filters.overdue === "true"} onCheckedChange={(c) => setFilter("overdue", c === true ? "true" : undefined)} />
      <Label htmlFor="f-overdue">Overdue</Label>
    </div>
    {canApprove && (
      <div className="flex items-center gap-x-2">
        <Checkbox id="f-queue" checked={filters.approvable === "true"} onCheckedChange={(c) => setFilter("approvable", c === true ? "true" : undefined)} />
        <Label htmlFor="f-queue">Mine to approve</Label>
      </div>
    )}
    {canApprove && userId && (
      <div className="flex items-center gap-x-2">
        <Checkbox id="f-officer" checked={filters.officer_id === userId} onCheckedChange={(c) => setFilter("officer_id", c === true ? userId : undefined)} />
        <Label htmlFor="f-officer">Decided by me</Label>
      </div>
    )}
  </div>
)
