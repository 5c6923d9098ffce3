import { Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { Field } from "./field"
import { FormDrawer } from "./form-drawer"

type ReasonDrawerProps = {
  title: string
  /** What will happen, in a sentence above the reason. */
  note: string
  saveLabel: string
  saving: boolean
  onClose: () => void
  onSubmit: (reason: string) => void
}

/** Asks why before a change that the server wants explained (X-Kassa-Reason): kept in the audit log and the product's history. */
export const ReasonDrawer = ({ title, note, saveLabel, saving, onClose, onSubmit }: ReasonDrawerProps) => {
  const [reason, setReason] = useState("")
  return (
    <FormDrawer title={title} onClose={onClose} onSubmit={() => onSubmit(reason.trim())} canSave={reason.trim().length >= 3} saving={saving} saveLabel={saveLabel}>
      <Text size="small" className="text-ui-fg-subtle">
        {note}
      </Text>
      <Field id="kassa-change-reason" label="Why" hint="At least 3 characters. Kept with the change in the product's history.">
        <Textarea id="kassa-change-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
    </FormDrawer>
  )
}
