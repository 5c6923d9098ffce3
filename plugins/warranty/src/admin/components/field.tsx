import { Hint, Label, Select } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A labelled form control, laid out as the dashboard's forms are. */
export const Field = ({ id, label, hint, children }: { id: string; label: string; hint?: ReactNode; children: ReactNode }) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
    {hint && <Hint>{hint}</Hint>}
  </div>
)

/** A select over fixed options; `""` stands for "any" where `anyLabel` is given. */
export const Choice = ({ id, value, onChange, options, anyLabel }: {
  id: string
  value: string
  onChange: (value: string) => void
  options: { value: string; label: string }[]
  anyLabel?: string
}) => (
  <Select value={value || (anyLabel ? "any" : undefined)} onValueChange={(v) => onChange(v === "any" ? "" : v)} size="small">
    <Select.Trigger id={id} aria-label={id.replace(/^kassa-warranty-/, "").replace(/-/g, " ")}>
      <Select.Value placeholder="Choose…" />
    </Select.Trigger>
    <Select.Content>
      {anyLabel && <Select.Item value="any">{anyLabel}</Select.Item>}
      {options.map((o) => (
        <Select.Item key={o.value} value={o.value}>
          {o.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
