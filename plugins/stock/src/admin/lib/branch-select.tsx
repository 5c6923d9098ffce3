import { Select } from "@medusajs/ui"
import { useEffect } from "react"
import { useLocations } from "./api"

/** The branch a page works at; the first one by default. */
export const BranchSelect = ({ value, onChange }: { value: string; onChange: (id: string) => void }) => {
  const { data: locations = [] } = useLocations()
  useEffect(() => {
    if (!value && locations.length) onChange(locations[0].id)
  }, [value, locations, onChange])
  return (
    <Select size="small" value={value} onValueChange={onChange}>
      <Select.Trigger className="w-56">
        <Select.Value placeholder="Branch" />
      </Select.Trigger>
      <Select.Content>
        {locations.map((l) => (
          <Select.Item key={l.id} value={l.id}>
            {l.name}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
