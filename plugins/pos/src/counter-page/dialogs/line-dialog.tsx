import { useState } from "react"
import type { CounterContext } from "../../counter/define"
import type { Zones } from "../extensions"
import { errorText } from "../lib/api"
import { money, parseAmount } from "../lib/format"
import type { Discount, Ticket, TicketLine } from "../lib/types"
import { approvalBody, ApprovalFields, type Approval } from "./approval-fields"
import { Modal } from "./modal"

type Props = CounterContext & {
  locationId: string
  ticket: Ticket
  line: TicketLine
  /** Extensions' actions on a line (those on at this branch). */
  actions: Zones["lineActions"]
  mayOverride: boolean
  /** Opened right after a serialized item was scanned: straight to its serial numbers. */
  serialsFirst: boolean
  onSave: (body: Record<string, unknown>) => Promise<unknown>
  onRemove: () => void
  /** An extension's action is done: the ticket is read again (it may have changed) and the window closes. */
  onActionDone: () => void
  onClose: () => void
}

/** One line: quantity, serial numbers, a discount, a changed price (with its reason), extensions' actions. */
export function LineDialog({ ticket, line, actions, api, branch, locationId, mayOverride, serialsFirst, onSave, onRemove, onActionDone, onClose }: Props) {
  const [quantity, setQuantity] = useState(String(line.quantity))
  const [serials, setSerials] = useState<string[]>(() => Array.from({ length: line.quantity }, (_, i) => line.serial_numbers[i] ?? ""))
  const [discountType, setDiscountType] = useState<Discount["type"]>(line.discount?.type ?? "percent")
  const [discount, setDiscount] = useState(line.discount ? String(line.discount.value) : "")
  const [price, setPrice] = useState(line.override?.price ?? "")
  const [reason, setReason] = useState(line.override?.reason ?? "")
  const [approval, setApproval] = useState<Approval>({ staff_id: "", pin: "" })
  const [error, setError] = useState<string | null>(null)

  const qty = Math.max(1, Math.floor(Number(quantity) || 1))
  const serialSlots = line.requires_serial ? Array.from({ length: qty }, (_, i) => serials[i] ?? "") : []
  const needsApproval = !mayOverride && (discount.trim() !== (line.discount ? String(line.discount.value) : "") || price !== (line.override?.price ?? ""))

  const save = async () => {
    const body: Record<string, unknown> = {}
    if (qty !== line.quantity) body.quantity = qty
    if (line.requires_serial) body.serial_numbers = serialSlots.map((s) => s.trim()).filter(Boolean)
    const d = discount.trim() ? parseAmount(discount) : null
    const before = line.discount ? line.discount.value : null
    if (d !== before || (line.discount && line.discount.type !== discountType)) body.discount = d ? { type: discountType, value: d } : null
    const p = price.trim() ? parseAmount(price) : null
    if (p !== (line.override ? Number(line.override.price) : null)) {
      body.override_price = p
      if (p != null) body.override_reason = reason.trim()
    }
    if (!Object.keys(body).length) return onClose()
    try {
      await onSave({ ...body, ...(body.discount || body.override_price ? approvalBody(mayOverride, approval) : {}) })
      onClose()
    } catch (e) {
      setError(errorText(e))
    }
  }

  // Enter in a serial field moves on to the next empty one (a scanner ends each with Enter).
  const onSerialKey = (i: number) => (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== "Enter") return
    e.preventDefault()
    const next = e.currentTarget.form?.querySelector<HTMLInputElement>(`input[data-serial="${i + 1}"]`)
    if (next && !next.value) next.focus()
    else void save()
  }

  return (
    <Modal
      title={line.title}
      onClose={onClose}
      testId="line-dialog"
      footer={
        <>
          <button className="act" style={{ padding: "0 16px", color: "var(--fg-error)" }} onClick={onRemove}>
            Remove line
          </button>
          <span style={{ flex: 1 }} />
          <button className="pay" style={{ height: 48, padding: "0 24px", fontSize: 17 }} onClick={() => void save()}>
            Save <kbd className="k">Enter</kbd>
          </button>
        </>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
        style={{ display: "flex", flexDirection: "column", gap: 14 }}
      >
        <div className="muted">
          {line.variant_title} · {line.sku} · {money(line.unit_price)} each
        </div>
        {line.requires_serial && (
          <div>
            <span className="field-label">Serial numbers (one per unit)</span>
            <div style={{ display: "flex", flexDirection: "column", gap: 6 }}>
              {serialSlots.map((s, i) => (
                <input
                  key={i}
                  data-serial={i}
                  className="big-input"
                  style={{ fontSize: 16, height: 42, textAlign: "left" }}
                  aria-label={`Serial number ${i + 1}`}
                  value={s}
                  autoFocus={serialsFirst && i === line.serial_numbers.length}
                  onKeyDown={onSerialKey(i)}
                  onChange={(e) => setSerials(serialSlots.map((v, j) => (j === i ? e.target.value : v)))}
                />
              ))}
            </div>
          </div>
        )}
        <div className="row">
          <label>
            <span className="field-label">Quantity</span>
            <input className="big-input num" aria-label="Quantity" inputMode="numeric" value={quantity} onChange={(e) => setQuantity(e.target.value.replace(/\D/g, ""))} autoFocus={!serialsFirst} />
          </label>
          <label>
            <span className="field-label">New unit price</span>
            <input className="big-input num" aria-label="New unit price" inputMode="decimal" placeholder={Number(line.unit_price).toFixed(2)} value={price} onChange={(e) => setPrice(e.target.value)} />
          </label>
        </div>
        {price.trim() && (
          <label>
            <span className="field-label">Reason for the new price</span>
            <input className="big-input" style={{ fontSize: 16, height: 44, textAlign: "left" }} aria-label="Reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
        )}
        <div className="row">
          <div style={{ flex: "0 0 auto" }}>
            <span className="field-label">Discount</span>
            <div className="segmented">
              {(["percent", "amount"] as const).map((t) => (
                <button type="button" key={t} className={discountType === t ? "on" : ""} onClick={() => setDiscountType(t)}>
                  {t === "percent" ? "%" : "₱"}
                </button>
              ))}
            </div>
          </div>
          <input className="big-input num" aria-label="Line discount" inputMode="decimal" placeholder="0" value={discount} onChange={(e) => setDiscount(e.target.value)} />
        </div>
        {needsApproval && <ApprovalFields value={approval} onChange={setApproval} locationId={locationId} policy="pos:override_price" />}
        {error && <div className="error-text">{error}</div>}
        <button type="submit" hidden />
      </form>
      {actions.map(({ key, Component }) => (
        <Component key={key} api={api} branch={branch} ticket={ticket} line={line} onDone={onActionDone} />
      ))}
    </Modal>
  )
}
