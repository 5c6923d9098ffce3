import { Input, Textarea } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import type { BranchDetails } from "../../lib/types"
import { Field } from "../field"

type Field = { key: keyof BranchDetails; label: string; hint?: string; placeholder?: string; multiline?: boolean }

const FIELDS: Field[] = [
  { key: "code", label: "Code", hint: "2–6 capital letters or digits; receipt numbers start with it.", placeholder: "MNL" },
  { key: "address", label: "Address on receipts" },
  { key: "phone", label: "Phone" },
  { key: "tax_id", label: "TIN", placeholder: "000-000-000-000" },
  { key: "timezone", label: "Time zone", hint: "An IANA time zone; the business day and receipts use it.", placeholder: "Asia/Manila" },
  { key: "receipt_header", label: "Receipt header", multiline: true },
  { key: "receipt_footer", label: "Receipt footer", multiline: true },
]

export type BranchDetailsInput = Partial<Record<keyof BranchDetails, string | null>>

/** Empty fields clear the value; the time zone is left as it is when empty (it cannot be unset). */
function toBody(values: Record<keyof BranchDetails, string>): BranchDetailsInput {
  const { code, timezone, ...texts } = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, v.trim()])
  ) as Record<keyof BranchDetails, string>
  return {
    code: code.toUpperCase(),
    ...(timezone ? { timezone } : {}),
    ...Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, v || null])),
  }
}

/**
 * The branch's Kassa details as a form; the submit button lives with the caller (a drawer's
 * footer or the set-up card) and points at `id`.
 */
export const BranchDetailsForm = ({
  id,
  initial,
  onSubmit,
}: {
  id: string
  initial: BranchDetails | null
  onSubmit: (body: BranchDetailsInput) => void
}) => {
  const [values, setValues] = useState(
    () => Object.fromEntries(FIELDS.map(({ key }) => [key, initial?.[key] ?? ""])) as Record<keyof BranchDetails, string>
  )
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSubmit(toBody(values))
  }
  return (
    <form id={id} onSubmit={submit} className="flex flex-col gap-y-4">
      {FIELDS.map(({ key, label, hint, placeholder, multiline }) => {
        const inputId = `${id}-${key}`
        const props = {
          id: inputId,
          placeholder,
          value: values[key],
          onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value })),
        }
        return (
          <Field key={key} id={inputId} label={label} hint={hint}>
            {multiline ? <Textarea rows={3} {...props} /> : <Input {...props} />}
          </Field>
        )
      })}
    </form>
  )
}
