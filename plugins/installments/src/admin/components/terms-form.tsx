import { Button, Input, Label, Select } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useSaveTerms } from "../lib/queries"
import type { Terms } from "../lib/types"

type Draft = Record<string, string>

const toDraft = (t: Terms): Draft => ({
  term_months: t.term_months.join(", "),
  min_down_payment_percent: String(t.min_down_payment_percent),
  interest_method: t.interest_method,
  add_on_rates: Object.entries(t.add_on_rates).map(([m, r]) => `${m}:${r}`).join(", "),
  monthly_rate: String(t.monthly_rate),
  processing_fee_type: t.processing_fee_type,
  processing_fee: String(t.processing_fee),
  late_fee_type: t.late_fee_type,
  late_fee: String(t.late_fee),
  late_fee_grace_days: String(t.late_fee_grace_days),
  reminder_days_before: String(t.reminder_days_before),
  auto_approve_max: t.auto_approve_max == null ? "" : String(t.auto_approve_max),
})

// The server checks every field and names what is wrong; here text only becomes numbers.
const toTerms = (d: Draft): Partial<Terms> => ({
  term_months: d.term_months.split(",").map((s) => Number(s.trim())).filter((n) => n > 0),
  min_down_payment_percent: Number(d.min_down_payment_percent),
  interest_method: d.interest_method as Terms["interest_method"],
  add_on_rates: Object.fromEntries(d.add_on_rates.split(",").filter((s) => s.includes(":")).map((s) => s.split(":").map((x) => x.trim())).map(([m, r]) => [m, Number(r)])),
  monthly_rate: Number(d.monthly_rate),
  processing_fee_type: d.processing_fee_type as Terms["processing_fee_type"],
  processing_fee: Number(d.processing_fee),
  late_fee_type: d.late_fee_type as Terms["late_fee_type"],
  late_fee: Number(d.late_fee),
  late_fee_grace_days: Number(d.late_fee_grace_days),
  reminder_days_before: Number(d.reminder_days_before),
  auto_approve_max: d.auto_approve_max.trim() === "" ? null : Number(d.auto_approve_max),
})

const FIELDS: { key: string; label: string; options?: [string, string][] }[] = [
  { key: "term_months", label: "Terms offered (months)" },
  { key: "min_down_payment_percent", label: "Minimum down payment (%)" },
  { key: "interest_method", label: "Interest", options: [["add_on", "Add-on rate per term"], ["flat_monthly", "Flat rate per month"]] },
  { key: "add_on_rates", label: "Add-on rates (months:%)" },
  { key: "monthly_rate", label: "Monthly rate (%)" },
  { key: "processing_fee_type", label: "Processing fee", options: [["fixed", "Fixed (PHP)"], ["percent", "% of amount financed"]] },
  { key: "processing_fee", label: "Processing fee amount" },
  { key: "late_fee_type", label: "Late fee", options: [["fixed", "Fixed (PHP) per period"], ["percent", "% of unpaid per period"]] },
  { key: "late_fee", label: "Late fee amount" },
  { key: "late_fee_grace_days", label: "Grace days" },
  { key: "reminder_days_before", label: "Reminder days before due" },
  { key: "auto_approve_max", label: "Approve automatically up to (PHP, empty: never)" },
]

/** A branch's installment terms, editable by holders of installment:configure. */
export const TermsForm = ({ locationId, terms, canEdit }: { locationId: string; terms: Terms; canEdit: boolean }) => {
  const [draft, setDraft] = useState(toDraft(terms))
  useEffect(() => setDraft(toDraft(terms)), [terms])
  const save = useSaveTerms(locationId)
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3">
        {FIELDS.map((f) => (
          <div key={f.key} className="flex flex-col gap-y-1">
            <Label htmlFor={`terms-${f.key}`}>{f.label}</Label>
            {f.options ? (
              <Select value={draft[f.key]} disabled={!canEdit} onValueChange={(v) => setDraft({ ...draft, [f.key]: v })}>
                <Select.Trigger id={`terms-${f.key}`}>
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {f.options.map(([value, label]) => (
                    <Select.Item key={value} value={value}>
                      {label}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            ) : (
              <Input id={`terms-${f.key}`} value={draft[f.key]} disabled={!canEdit} onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })} />
            )}
          </div>
        ))}
      </div>
      {canEdit && (
        <div className="flex justify-end">
          <Button size="small" isLoading={save.isPending} onClick={() => save.mutate(toTerms(draft))}>
            Save terms
          </Button>
        </div>
      )}
    </div>
  )
}
