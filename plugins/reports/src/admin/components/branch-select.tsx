import { Select } from "@medusajs/ui"
import { useBranchChoices } from "../lib/queries"

const ALL = "all"

/** Every branch the caller may read, or one of them. */
export const BranchSelect = ({ value, onChange }: { value?: string; onChange: (id: string | undefined) => void }) => {
  const branches = useBranchChoices()
  return (
    <div className="w-56">
      <Select size="small" value={value ?? ALL} onValueChange={(v) => onChange(v === ALL ? undefined : v)}>
        <Select.Trigger aria-label="Branch">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL}>All my branches</Select.Item>
          {branches.map((b) => (
            <Select.Item key={b.id} value={b.id}>
              {b.name}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}
