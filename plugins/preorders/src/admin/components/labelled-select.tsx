import { Label, Select } from "@medusajs/ui"

/** A labelled choice among `{ id, label }` options (a branch, a tender). */
export function LabelledSelect({ label, value, options, onChange, width }: { label: string; value: string; options: { id: string; label: string }[]; onChange: (id: string) => void; width: string }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label size="small">{label}</Label>
      <Select value={value} onValueChange={onChange}>
        <Select.Trigger className={width}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {options.map((o) => (
            <Select.Item key={o.id} value={o.id}>
              {o.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}
