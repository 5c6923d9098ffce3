import { Checkbox, Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A checkbox with its label and an optional line that explains it. */
export const CheckboxRow = ({
  id,
  label,
  description,
  checked,
  disabled,
  onChange,
}: {
  id: string
  label: ReactNode
  description?: ReactNode
  checked: boolean
  disabled?: boolean
  onChange: (checked: boolean) => void
}) => (
  <div className="flex items-start gap-x-3">
    <Checkbox id={id} className="mt-0.5" checked={checked} disabled={disabled} onCheckedChange={(c) => onChange(c === true)} />
    <div>
      <Label htmlFor={id} size="small" weight="plus" className={disabled ? "text-ui-fg-disabled" : undefined}>
        {label}
      </Label>
      {description && (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
  </div>
)
