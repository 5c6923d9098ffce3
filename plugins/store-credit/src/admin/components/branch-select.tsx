import { Label, Select } from "@medusajs/ui"

/** A labelled choice of branch (stock location) among those the staff member works at. */
export function BranchSelect({ branches, value, onChange }: { branches: { id: string; name: string }[]; value: string; onChange: (id: string) => void }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label>Branch</Label>
      <Select value={value} onValueChange={onChange}>
        <Select.Trigger>
          <Select.Value placeholder="Branch" />
        </Select.Trigger>
        <Select.Content>
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
