import { useEffect, useRef, useState } from "react"
import type { Place } from "../counter/choose-register"
import { ApprovalFields, type Approval } from "../dialogs/approval-fields"
import { Modal } from "../dialogs/modal"
import { api, errorText, pos } from "../lib/api"
import { useBranchClock } from "../lib/branch-clock"
import { money, parseAmount } from "../lib/format"
import { requestKey, settleRequestKey } from "../lib/request-key"
import type { TenderOption } from "../lib/types"
import { ExchangeItems, newItemsTotal, type NewItem } from "./exchange-items"
import { ReasonField } from "./reason-field"
import { askedForManager } from "./manager-approval"
import { emptyPayment, PaymentFields, paymentBody } from "./payment-fields"
import { emptyRefund, RefundFields, refundBody } from "./refund-fields"
import { ReturnLines, unitValue, type Picks } from "./return-lines"
import type { CounterReturn, FoundSale, ReturnRequest } from "./types"

const REASONS = ["Changed mind", "Defective", "Wrong item", "Wrong size or colour"]

const round2 = (n: number) => Math.round(n * 100) / 100

type Props = {
  place: Place
  tenders: TenderOption[]
  sale: FoundSale
  onDone: (record: CounterReturn, change: number | null) => void
  /** Sent for a manager's approval instead (no PIN at hand): nothing moved. */
  onRequested: (request: ReturnRequest) => void
  onVoid: () => void
  onBack: () => void
}

/**
 * A found sale: what comes back (lines, quantities, condition) and why, then either a refund
 * or an exchange for scanned items with the difference paid or refunded. Over the branch's
 * limits the server asks for a manager, and the form asks for their PIN.
 */
export function ReturnForm({ place, tenders, sale, onDone, onRequested, onVoid, onBack }: Props) {
  const clock = useBranchClock()
  const [mode, setMode] = useState<"return" | "exchange">("return")
  const [picks, setPicks] = useState<Picks>({})
  const [newItems, setNewItems] = useState<NewItem[]>([])
  const [reason, setReason] = useState("")
  const [refund, setRefund] = useState(emptyRefund)
  const [payment, setPayment] = useState(emptyPayment)
  const [approval, setApproval] = useState<Approval | null>(null)
  // No receipt brought (the sale found by phone or e-mail): a manager approves, as over the limits.
  const [noReceipt, setNoReceipt] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // The last try's complaint (often the missing reason) is stale once the reason changes.
  const changeReason = (r: string) => {
    setReason(r)
    setError(null)
  }
  const [busy, setBusy] = useState(false)
  const approvalBox = useRef<HTMLDivElement>(null)
  const askingManager = !!approval
  useEffect(() => {
    if (askingManager) approvalBox.current?.querySelector("input")?.focus()
  }, [askingManager])

  const items = Object.entries(picks)
    .filter(([, p]) => p.quantity > 0)
    .map(([item_id, p]) => ({ item_id, ...p }))
  const back = round2(items.reduce((n, i) => n + unitValue(sale.lines.find((l) => l.item_id === i.item_id)!) * i.quantity, 0))
  // Positive: the customer pays; negative: the store refunds. The server settles the exact amount.
  const difference = mode === "exchange" ? round2(newItemsTotal(newItems) - back) : -back
  const voidable = sale.status === "completed" && clock.isToday(sale.completed_at)

  const submit = async () => {
    if (busy) return
    if (sale.status !== "completed") return setError("This sale was voided: nothing can come back")
    if (!items.length) return setError("Choose what comes back: the quantity on its line")
    if (mode === "exchange" && !newItems.length) return setError("Scan the item the customer takes instead")
    if (reason.trim().length < 3) return setError("Give the reason")
    if (difference < 0 && refund.method === "card" && !/^\d{4}$/.test(refund.card_last4)) return setError("Enter the last four digits of the card refunded")
    if (difference > 0 && payment.method === "card" && !/^\d{4}$/.test(payment.card_last4)) return setError("Enter the card's last four digits")
    if (difference > 0 && payment.method === "cash" && payment.tendered.trim() && !(parseAmount(payment.tendered) >= difference)) {
      return setError(`Cash handed over must be at least ${money(difference)}`)
    }
    const common = {
      order_id: sale.order_id,
      register_id: place.registerId,
      reason: reason.trim(),
      refund: refundBody(refund),
      ...(noReceipt ? { no_receipt: true } : {}),
      ...(approval?.staff_id && approval.pin ? { approval } : {}),
    }
    setBusy(true)
    setError(null)
    try {
      if (mode === "return") {
        const body = { ...common, items }
        const res = await api<{ return: CounterReturn }>(pos("/returns"), { method: "POST", body, headers: { "idempotency-key": requestKey(`return:${sale.order_id}`, body) } })
        settleRequestKey(`return:${sale.order_id}`)
        onDone(res.return, null)
      } else {
        const body = {
          ...common,
          return_items: items,
          new_items: newItems.map((i) => ({ variant_id: i.variant.id, quantity: i.quantity })),
          ...(difference > 0 ? { payment: paymentBody(payment) } : {}),
        }
        const res = await api<{ exchange: CounterReturn; change: string }>(pos("/exchanges"), {
          method: "POST",
          body,
          headers: { "idempotency-key": requestKey(`exchange:${sale.order_id}`, body) },
        })
        settleRequestKey(`exchange:${sale.order_id}`)
        onDone(res.exchange, Number(res.change))
      }
    } catch (e) {
      if (askedForManager(e)) {
        setApproval((a) => a ?? { staff_id: "", pin: "" })
        setError(
          approval
            ? "The manager's ID and PIN are needed to approve it"
            : `${noReceipt ? "No receipt, or over the branch's limits" : "Over the branch's limits"}: a manager approves this with their staff ID and PIN, then Enter.`
        )
      } else setError(errorText(e))
      setBusy(false)
    }
  }

  // No manager at hand: the same return or exchange goes to the managers' queue as a request (moves
  // nothing; an exchange's payment is taken when the approved request is completed).
  const sendForApproval = async () => {
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      const body = {
        order_id: sale.order_id,
        register_id: place.registerId,
        reason: reason.trim(),
        refund: refundBody(refund),
        items,
        ...(mode === "exchange" ? { new_items: newItems.map((i) => ({ variant_id: i.variant.id, quantity: i.quantity })) } : {}),
        ...(noReceipt ? { no_receipt: true } : {}),
      }
      const res = await api<{ return_request: ReturnRequest }>(pos("/return-requests"), { method: "POST", body })
      onRequested(res.return_request)
    } catch (e) {
      setError(errorText(e))
      setBusy(false)
    }
  }

  const action = mode === "exchange" ? "Complete exchange" : `Refund ${money(back)}`

  return (
    <Modal
      title={`Sale ${sale.receipt_number}`}
      wide
      onClose={onBack}
      testId="return-form"
      footer={
        <>
          {voidable && (
            <button className="act" style={{ padding: "0 16px", color: "var(--fg-error)" }} onClick={onVoid}>
              Void this sale
            </button>
          )}
          <span style={{ flex: 1 }} />
          <button className="act" style={{ padding: "0 18px" }} onClick={onBack}>
            Another sale
          </button>
          <button className="pay" style={{ height: 52, padding: "0 28px", fontSize: 18 }} onClick={() => void submit()} disabled={busy}>
            {busy ? "Working…" : action} <kbd className="k">Enter</kbd>
          </button>
        </>
      }
    >
      <form
        className="ret-grid"
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <div className="ops-form">
          <div className="sale-head">
            <span className="muted">
              {clock.format(sale.completed_at)} · paid {money(sale.total)}
            </span>
            {sale.status === "voided" && <span className="tag red">VOID</span>}
            <span style={{ flex: 1 }} />
            <div className="segmented" role="tablist" aria-label="Return or exchange">
              {(["return", "exchange"] as const).map((m) => (
                <button type="button" key={m} role="tab" aria-selected={mode === m} className={mode === m ? "on" : ""} onClick={() => setMode(m)}>
                  {m === "return" ? "Return" : "Exchange"}
                </button>
              ))}
            </div>
          </div>
          <ReturnLines lines={sale.lines} picks={picks} onChange={setPicks} />
          {mode === "exchange" && <ExchangeItems locationId={place.locationId} items={newItems} setItems={setNewItems} />}
          <ReasonField label="Reason" reasons={REASONS} value={reason} onChange={changeReason} />
          <label style={{ display: "flex", alignItems: "center", gap: 8 }}>
            <input type="checkbox" aria-label="No receipt" checked={noReceipt} onChange={(e) => setNoReceipt(e.target.checked)} />
            <span>No receipt: the customer was found by phone or e-mail (a manager approves)</span>
          </label>
        </div>
        <div className="ops-form money-side">
          <div className={difference > 0 ? "due-box pays" : "due-box"}>
            <span className="label">{difference > 0 ? "Customer pays" : "Refund"}</span>
            <span className="amount num" data-testid="return-amount">
              {money(Math.abs(difference))}
            </span>
          </div>
          {difference > 0 ? <PaymentFields tenders={tenders} due={difference} value={payment} onChange={setPayment} /> : <RefundFields tenders={tenders} value={refund} onChange={setRefund} />}
          {approval && (
            <div ref={approvalBox}>
              <ApprovalFields value={approval} onChange={setApproval} locationId={place.locationId} policy="pos:refund" />
              <button type="button" className="act" style={{ padding: "0 14px", marginTop: 8 }} disabled={busy} onClick={() => void sendForApproval()} data-testid="send-for-approval">
                No manager here: send for approval
              </button>
            </div>
          )}
          {error && (
            <div className="error-text" role="alert">
              {error}
            </div>
          )}
        </div>
        <button type="submit" hidden />
      </form>
    </Modal>
  )
}
