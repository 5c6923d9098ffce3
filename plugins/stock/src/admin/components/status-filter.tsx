import { Select } from "@medusajs/ui"

/** A list's filter among a few statuses, shown as words ("partially received"). */
export function StatusFilter({ value, options, onChange, width = "w-48" }: { value: string; options: string[]; onChange: (v: string) => void; width?: string }) {
  return (
    <Select size="small" value={value} onValueChange={onChange}>
      <Select.Trigger className={width}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {options.map((v) => (
          <Select.Item key={v} value={v}>
            {v.replace("_", " ")}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
