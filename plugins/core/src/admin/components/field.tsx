import { Hint, Label } from "@medusajs/ui"
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
