import { Input, Label } from "@medusajs/ui"

/** How many labels each variant gets (1–500, as the labels route takes). */
export function LabelsPerVariant({ id, value, onChange }: { id: string; value: number; onChange: (n: number) => void }) {
  return (
    <div className="flex items-center gap-x-2">
      <Label size="small" htmlFor={id}>
        Labels per variant
      </Label>
      <Input
        id={id}
        type="number"
        size="small"
        className="w-20"
        min={1}
        max={500}
        value={value}
        onChange={(e) => onChange(Math.max(1, Math.min(500, Math.floor(Number(e.target.value)) || 1)))}
      />
    </div>
  )
}
