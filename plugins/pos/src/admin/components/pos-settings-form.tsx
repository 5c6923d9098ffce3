import { Trash } from "@medusajs/icons"
import { Button, CurrencyInput, Hint, IconButton, Input, Label, Switch, Textarea } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { currencySymbol } from "../lib/format"
import type { PosSettings, PosSettingsInput, Tender } from "../lib/types"

/** A tender's id from its label ("GCash" → "gcash"): the id receipts and reports keep. */
const idOf = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^[^a-z]+|_+$/g, "")
    .slice(0, 31)

type Row = Tender & { saved: boolean }

/**
 * The branch's counter settings as a form; the submit button lives in the drawer's footer and
 * points at `id`. A saved tender keeps its id (sales recorded under it); a new one takes it
 * from its label.
 */
export const PosSettingsForm = ({
  id,
  initial,
  currency,
  onSubmit,
}: {
  id: string
  initial: PosSettings
  currency: string
  onSubmit: (body: PosSettingsInput) => void
}) => {
  const [pattern, setPattern] = useState(initial.receipt_pattern)
  const [tenders, setTenders] = useState<Row[]>(initial.other_tenders.map((t) => ({ ...t, saved: true })))
  const [amount, setAmount] = useState(initial.return_approval_amount)
  const [days, setDays] = useState(String(initial.return_approval_days))
  const [negative, setNegative] = useState(initial.allow_negative_stock)
  const [emailReceipts, setEmailReceipts] = useState(initial.email_receipts)
  const [terms, setTerms] = useState(initial.warranty_terms ?? "")

  const setTender = (i: number, label: string) =>
    setTenders((rows) => rows.map((r, j) => (j === i ? { ...r, label, id: r.saved ? r.id : idOf(label) } : r)))

  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSubmit({
      receipt_pattern: pattern.trim(),
      other_tenders: tenders.filter((t) => t.label.trim()).map(({ id, label }) => ({ id, label: label.trim() })),
      return_approval_amount: Number(amount || 0),
      return_approval_days: Number(days || 0),
      allow_negative_stock: negative,
      email_receipts: emailReceipts,
      warranty_terms: terms.trim(),
    })
  }

  return (
    <form id={id} onSubmit={submit} className="flex flex-col gap-y-6">
      <div className="flex flex-col gap-y-2">
        <Label htmlFor={`${id}-pattern`} size="small" weight="plus">
          Receipt numbers
        </Label>
        <Input id={`${id}-pattern`} value={pattern} onChange={(e) => setPattern(e.target.value)} />
        <Hint>{"{branch} {yyyy} {yy} {mm} {dd} and {seq:N} (N digits); the number restarts when the date part changes."}</Hint>
      </div>

      <div className="flex flex-col gap-y-2">
        <Label size="small" weight="plus">
          Other tenders
        </Label>
        {tenders.map((t, i) => (
          <div key={i} className="flex items-center gap-x-2">
            <Input aria-label={`Tender ${i + 1}`} value={t.label} placeholder="GCash" onChange={(e) => setTender(i, e.target.value)} />
            <IconButton type="button" variant="transparent" aria-label={`Remove ${t.label || "tender"}`} onClick={() => setTenders((rows) => rows.filter((_, j) => j !== i))}>
              <Trash />
            </IconButton>
          </div>
        ))}
        <div>
          <Button type="button" size="small" variant="secondary" onClick={() => setTenders((rows) => [...rows, { id: "", label: "", saved: false }])}>
            Add tender
          </Button>
        </div>
        <Hint>Besides cash and card: e-wallets, bank transfers. The counter offers them at this branch.</Hint>
      </div>

      <div className="grid grid-cols-2 gap-x-4">
        <div className="flex flex-col gap-y-2">
          <Label htmlFor={`${id}-amount`} size="small" weight="plus">
            Returns above
          </Label>
          <CurrencyInput id={`${id}-amount`} symbol={currencySymbol(currency)} code={currency.toUpperCase()} value={amount} onValueChange={(v) => setAmount(v ?? "")} />
        </div>
        <div className="flex flex-col gap-y-2">
          <Label htmlFor={`${id}-days`} size="small" weight="plus">
            or older than (days)
          </Label>
          <Input id={`${id}-days`} type="number" min={0} max={3650} value={days} onChange={(e) => setDays(e.target.value)} />
        </div>
        <Hint className="col-span-2 mt-2">A return above this amount, or of a sale older than this, needs a manager (or their PIN).</Hint>
      </div>

      <div className="flex items-start gap-x-3">
        <Switch id={`${id}-negative`} checked={negative} onCheckedChange={setNegative} />
        <div className="flex flex-col">
          <Label htmlFor={`${id}-negative`} size="small" weight="plus">
            Sell what the system shows out of stock
          </Label>
          <Hint>Stock may go below zero here until the delivery is recorded.</Hint>
        </div>
      </div>

      <div className="flex items-start gap-x-3">
        <Switch id={`${id}-email-receipts`} checked={emailReceipts} onCheckedChange={setEmailReceipts} />
        <div className="flex flex-col">
          <Label htmlFor={`${id}-email-receipts`} size="small" weight="plus">
            E-mail receipts automatically
          </Label>
          <Hint>Every sale's receipt goes to its customer's e-mail address as the sale completes.</Hint>
        </div>
      </div>

      <div className="flex flex-col gap-y-2">
        <Label htmlFor={`${id}-terms`} size="small" weight="plus">
          Warranty terms on receipts
        </Label>
        <Textarea id={`${id}-terms`} rows={4} value={terms} onChange={(e) => setTerms(e.target.value)} />
      </div>
    </form>
  )
}
