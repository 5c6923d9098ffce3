import { useState } from "react"
import { errorText } from "../lib/api"
import { parseAmount } from "../lib/format"
import type { Discount, Ticket } from "../lib/types"
import { approvalBody, ApprovalFields, type Approval } from "./approval-fields"
import { Modal } from "./modal"

type Props = { ticket: Ticket; mayOverride: boolean; onSave: (body: Record<string, unknown>) => Promise<unknown>; onClose: () => void }

/** The whole sale's discount (spread over the lines by the server) and promotion codes. */
export function DiscountDialog({ ticket, mayOverride, onSave, onClose }: Props) {
  const [type, setType] = useState<Discount["type"]>(ticket.discount?.type ?? "percent")
  const [value, setValue] = useState(ticket.discount ? String(ticket.discount.value) : "")
  const [codes, setCodes] = useState(ticket.promo_codes.join(", "))
  const [approval, setApproval] = useState<Approval>({ staff_id: "", pin: "" })
  const [error, setError] = useState<string | null>(null)
  const changedDiscount = value.trim() !== (ticket.discount ? String(ticket.discount.value) : "") || (!!ticket.discount && ticket.discount.type !== type)

  const save = async () => {
    const promo_codes = codes.split(/[\s,]+/).map((c) => c.trim()).filter(Boolean)
    const body: Record<string, unknown> = { promo_codes }
    if (changedDiscount) {
      const v = value.trim() ? parseAmount(value) : null
      body.discount = v ? { type, value: v } : null
      Object.assign(body, approvalBody(mayOverride, approval))
    }
    try {
      await onSave(body)
      onClose()
    } catch (e) {
      setError(errorText(e))
    }
  }

  return (
    <Modal
      title="Sale discount and promotion codes"
      onClose={onClose}
      footer={
        <button className="pay" style={{ height: 48, padding: "0 24px", fontSize: 17 }} onClick={() => void save()}>
          Apply <kbd className="k">Enter</kbd>
        </button>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
        style={{ display: "flex", flexDirection: "column", gap: 14 }}
      >
        <div className="row">
          <div style={{ flex: "0 0 auto" }}>
            <span className="field-label">Discount on the sale</span>
            <div className="segmented">
              {(["percent", "amount"] as const).map((t) => (
                <button type="button" key={t} className={type === t ? "on" : ""} onClick={() => setType(t)}>
                  {t === "percent" ? "%" : "₱"}
                </button>
              ))}
            </div>
          </div>
          <input className="big-input num" aria-label="Sale discount" inputMode="decimal" placeholder="0" value={value} onChange={(e) => setValue(e.target.value)} autoFocus />
        </div>
        <label>
          <span className="field-label">Promotion codes</span>
          <input className="big-input" style={{ fontSize: 18, height: 48, textAlign: "left" }} aria-label="Promotion codes" placeholder="e.g. WELCOME10" value={codes} onChange={(e) => setCodes(e.target.value.toUpperCase())} />
        </label>
        {changedDiscount && !mayOverride && <ApprovalFields value={approval} onChange={setApproval} locationId={ticket.stock_location_id} policy="pos:override_price" />}
        {error && <div className="error-text">{error}</div>}
        <button type="submit" hidden />
      </form>
    </Modal>
  )
}
