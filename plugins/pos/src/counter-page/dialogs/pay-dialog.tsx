import { useEffect, useMemo, useRef, useState } from "react"
import type { CounterContext, TenderChoice, TenderEntry, TenderZone } from "../../counter/define"
import { api, ApiError, errorText, pos } from "../lib/api"
import { requestKey, settleRequestKey } from "../lib/request-key"
import { money, parseAmount } from "../lib/format"
import type { Customer, Sale, TenderInput, TenderOption, Ticket } from "../lib/types"
import { Modal } from "./modal"

type Props = CounterContext & {
  ticket: Ticket
  customer: Customer | null
  tenders: TenderOption[]
  /** Extensions' forms for their tenders, by tender id (those on at this branch). */
  forms: Map<string, TenderZone>
  onPaid: (sale: Sale) => void
  onClose: () => void
}

const round2 = (n: number) => Math.round(n * 100) / 100

/** Exact, then the next round amounts a customer is likely to hand over. */
function quickAmounts(due: number) {
  const steps = [100, 500, 1000, 5000, 10000]
  const amounts = [due, ...steps.map((s) => Math.ceil(due / s) * s).filter((a) => a > due)]
  return [...new Set(amounts)].slice(0, 5)
}

/**
 * Payment: non-cash tenders (card, the branch's other methods, other plugins' tenders) are
 * added with their amount and reference; cash pays what they leave, with the change shown
 * large. Enter (or F9) takes the payment; the key is the same on a retry. A tender with an
 * extension's form (TenderZone) is added as that form makes it.
 */
export function PayDialog({ ticket, customer, tenders, forms, api: counterApi, branch, onPaid, onClose }: Props) {
  const total = Number(ticket.totals.total)
  const [method, setMethod] = useState("cash")
  const [added, setAdded] = useState<TenderEntry[]>([])
  const [cash, setCash] = useState("")
  const [form, setForm] = useState({ amount: "", card_last4: "", reference: "", approval_code: "" })
  const [choice, setChoice] = useState<TenderChoice | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const paidOther = round2(added.reduce((n, t) => n + t.amount, 0))
  const remaining = round2(total - paidOther)
  const tendered = cash.trim() ? parseAmount(cash) : remaining
  const change = round2(tendered - remaining)
  const quick = useMemo(() => quickAmounts(remaining), [remaining])
  const option = tenders.find((t) => t.id === method)
  // A tender a plugin takes once (an installment plan) is not offered again once added.
  const offered = tenders.filter((t) => !(forms.get(t.id)?.once && added.some((a) => a.method === t.id)))
  const tabs = useRef<HTMLDivElement>(null)

  /** The previous or next tender (PageUp/PageDown anywhere in the window, ← → on the tabs). */
  const stepTender = (step: 1 | -1, focusTab: boolean) => {
    const at = offered.findIndex((t) => t.id === method)
    const next = offered[(at + step + offered.length) % offered.length]
    if (!next) return
    setMethod(next.id)
    setError(null)
    if (focusTab) tabs.current?.querySelector<HTMLElement>(`[data-tender="${next.id}"]`)?.focus()
  }
  const onTabsKey = (e: React.KeyboardEvent) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0
    if (!step) return
    e.preventDefault()
    stepTender(step, true)
  }
  const zone = forms.get(method)

  useEffect(() => {
    setForm((f) => ({ ...f, amount: remaining > 0 ? remaining.toFixed(2) : "" }))
  }, [method, remaining])

  const add = (tender: TenderEntry) => {
    setAdded((a) => [...a, tender])
    setForm({ amount: "", card_last4: "", reference: "", approval_code: "" })
    setMethod("cash")
    setError(null)
  }

  const addTender = () => {
    if (zone) return choice?.tender ? add(choice.tender) : setError(choice?.problem ?? null)
    const amount = parseAmount(form.amount)
    if (!(amount > 0)) return setError("Enter the amount of this tender")
    if (amount > remaining) return setError(`That is more than the ${money(remaining)} still due`)
    if (method === "card" && !/^\d{4}$/.test(form.card_last4)) return setError("Enter the card's last four digits (never the whole number)")
    const tender: TenderEntry = { method, label: option?.label ?? method, amount }
    if (form.reference.trim()) tender.reference = form.reference.trim()
    if (method === "card") tender.card_last4 = form.card_last4
    if (form.approval_code.trim()) tender.approval_code = form.approval_code.trim()
    add(tender)
  }

  const complete = async () => {
    if (busy) return
    if (method !== "cash") return addTender()
    if (remaining > 0 && !(tendered >= remaining)) return setError(`Cash handed over must be at least ${money(remaining)}`)
    const body: TenderInput[] = [
      ...added.map(({ label: _label, note: _note, ...t }) => t),
      ...(remaining > 0 ? [{ method: "cash", tendered: round2(tendered) }] : []),
    ]
    // A sale at zero (its lines given away) still names a tender: cash, with nothing handed over.
    if (!body.length) body.push({ method: "cash" })
    setBusy(true)
    setError(null)
    try {
      const { sale } = await api<{ sale: Sale }>(pos(`/tickets/${ticket.id}/checkout`), {
        method: "POST",
        body: { tenders: body },
        headers: { "idempotency-key": requestKey(`checkout:${ticket.id}`, { tenders: body }) },
      })
      settleRequestKey(`checkout:${ticket.id}`)
      onPaid({ ...sale, notes: added.flatMap((t) => (t.note ? [t.note] : [])) })
    } catch (e) {
      setError(e instanceof ApiError && e.status === 0 ? "Connection lost. Press Enter to try again: the sale will not be taken twice." : errorText(e))
    } finally {
      setBusy(false)
    }
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Enter confirms, except on a button that does something else (a radio or tab only shows what is chosen).
      const actingButton = e.target instanceof HTMLButtonElement && !["radio", "tab"].includes(e.target.getAttribute("role") ?? "")
      if (e.key === "F9" || (e.key === "Enter" && !actingButton)) {
        e.preventDefault()
        void complete()
      }
      if (e.key === "PageDown" || e.key === "PageUp") {
        e.preventDefault()
        stepTender(e.key === "PageDown" ? 1 : -1, false)
      }
      const n = e.altKey ? Number(e.code.replace("Digit", "")) : NaN
      if (n >= 1 && n <= quick.length) {
        e.preventDefault()
        setMethod("cash")
        setCash(quick[n - 1].toFixed(2))
      }
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  })

  return (
    <Modal
      title="Payment"
      onClose={busy ? () => undefined : onClose}
      testId="pay-dialog"
      wide={zone?.wide}
      footer={
        <>
          <button className="act" style={{ padding: "0 18px" }} onClick={onClose} disabled={busy}>
            Back
          </button>
          <button className="pay" style={{ height: 52, padding: "0 28px", fontSize: 18 }} onClick={() => void complete()} disabled={busy}>
            {busy ? "Taking payment…" : method === "cash" ? "Complete sale" : `Add ${option?.label ?? "tender"}`} <kbd className="k">Enter</kbd>
          </button>
        </>
      }
    >
      <div className="due">
        <span className="muted">{added.length ? "Still due" : "Total due"}</span>
        <span className="amount num" data-testid="due">
          {money(remaining)}
        </span>
      </div>
      {added.length > 0 && (
        <div className="tenders">
          {added.map((t, i) => (
            <div className="tender" key={i}>
              <span>
                {t.label}
                {t.card_last4 ? ` ···· ${t.card_last4}` : ""}
                {t.reference ? ` · ${t.reference}` : ""}
              </span>
              <span className="num">
                {money(t.amount)}{" "}
                <button className="act" style={{ display: "inline-flex", height: 24, padding: "0 8px" }} onClick={() => setAdded((a) => a.filter((_, j) => j !== i))}>
                  Remove
                </button>
              </span>
            </div>
          ))}
        </div>
      )}
      <div className="segmented" role="tablist" aria-label="Tender" ref={tabs} onKeyDown={onTabsKey}>
        {offered.map((t) => (
          <button key={t.id} className={t.id === method ? "on" : ""} onClick={() => setMethod(t.id)} role="tab" aria-selected={t.id === method} tabIndex={t.id === method ? 0 : -1} data-tender={t.id}>
            {t.label}
          </button>
        ))}
        <span className="tab-keys muted" aria-hidden>
          <kbd className="k">PgUp</kbd> <kbd className="k">PgDn</kbd>
        </span>
      </div>
      {zone ? (
        <zone.Form key={method} api={counterApi} branch={branch} ticket={ticket} customer={customer} remaining={remaining} onChange={setChoice} />
      ) : method === "cash" ? (
        <>
          <label>
            <span className="field-label">Cash handed over (empty: exact)</span>
            <input
              className="big-input num"
              aria-label="Cash handed over"
              inputMode="decimal"
              placeholder={remaining.toFixed(2)}
              value={cash}
              onChange={(e) => setCash(e.target.value)}
              data-autofocus autoFocus
            />
          </label>
          <div className="quick">
            {quick.map((a, i) => (
              <button key={a} onClick={() => setCash(a.toFixed(2))} title={`Alt+${i + 1}`}>
                {i === 0 ? "Exact" : money(a).replace(".00", "")}
              </button>
            ))}
          </div>
          <div className={change < 0 || Number.isNaN(change) ? "change short" : "change"}>
            <span className="label">{change < 0 ? "Short" : "Change"}</span>
            <span className="amount num" data-testid="change">
              {Number.isNaN(change) ? "—" : money(Math.abs(change))}
            </span>
          </div>
        </>
      ) : (
        <>
          <div className="row">
            <label>
              <span className="field-label">Amount</span>
              <input className="big-input num" aria-label="Tender amount" value={form.amount} onChange={(e) => setForm({ ...form, amount: e.target.value })} autoFocus />
            </label>
            {method === "card" && (
              <label>
                <span className="field-label">Card's last 4 digits</span>
                <input className="big-input num" aria-label="Last four digits" maxLength={4} value={form.card_last4} onChange={(e) => setForm({ ...form, card_last4: e.target.value.replace(/\D/g, "") })} />
              </label>
            )}
          </div>
          <div className="row">
            <label>
              <span className="field-label">Reference</span>
              <input className="big-input" style={{ fontSize: 18, textAlign: "left" }} aria-label="Reference" value={form.reference} onChange={(e) => setForm({ ...form, reference: e.target.value })} />
            </label>
            {method === "card" && (
              <label>
                <span className="field-label">Approval code</span>
                <input className="big-input" style={{ fontSize: 18, textAlign: "left" }} aria-label="Approval code" value={form.approval_code} onChange={(e) => setForm({ ...form, approval_code: e.target.value })} />
              </label>
            )}
          </div>
        </>
      )}
      {error && (
        <div className="error-text" role="alert">
          {error}
        </div>
      )}
    </Modal>
  )
}
