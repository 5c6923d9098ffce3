import { Input, Label, Select } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { Branch } from "../lib/types"

export type SessionFilterValues = { branch: string; register: string; status: string; from: string; to: string }

const ALL = "all"

/** Branch, register, status and the days (in the branch's time zone) of the Drawers page. */
export const SessionFilters = ({
  branches,
  values,
  set,
}: {
  branches: Branch[]
  values: SessionFilterValues
  set: (key: keyof SessionFilterValues, value: string) => void
}) => {
  const branch = branches.find((b) => b.stock_location_id === values.branch)
  return (
    <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-5">
      <Filter label="Branch">
        <Select value={values.branch} onValueChange={(v) => set("branch", v)}>
          <Select.Trigger aria-label="Branch">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {branches.map((b) => (
              <Select.Item key={b.stock_location_id} value={b.stock_location_id}>
                {`${b.name} (${b.details?.code})`}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Filter>
      <Filter label="Register">
        <Select value={values.register || ALL} onValueChange={(v) => set("register", v === ALL ? "" : v)}>
          <Select.Trigger aria-label="Register">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>All registers</Select.Item>
            {(branch?.registers ?? []).map((r) => (
              <Select.Item key={r.id} value={r.id}>
                {`${r.name} (${r.code})`}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Filter>
      <Filter label="Status">
        <Select value={values.status || ALL} onValueChange={(v) => set("status", v === ALL ? "" : v)}>
          <Select.Trigger aria-label="Status">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>Open and closed</Select.Item>
            <Select.Item value="open">Open</Select.Item>
            <Select.Item value="closed">Closed</Select.Item>
          </Select.Content>
        </Select>
      </Filter>
      <Filter label="Opened from">
        <Input type="date" size="small" aria-label="Opened from" value={values.from} onChange={(e) => set("from", e.target.value)} />
      </Filter>
      <Filter label="Opened to">
        <Input type="date" size="small" aria-label="Opened to" value={values.to} onChange={(e) => set("to", e.target.value)} />
      </Filter>
    </div>
  )
}

const Filter = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-1">
    <Label size="xsmall" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Label>
    {children}
  </div>
)
