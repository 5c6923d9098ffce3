import { ApiError, ApprovalFields, money, type LineActionProps } from "@kassa/pos/counter"
import { useEffect, useRef, useState } from "react"

/** A gift line not sold yet, as GET store-credit/tickets/:id/gifts answers it. */
type Gift = { line_id: string; reason: string; unit_value: string | number }

const POLICY = "store_credit:gift_sale"
const mayGift = (policies: string[]) => policies.some((p) => p === "*" || p === "store_credit:*" || p === POLICY)
const message = (e: unknown) => (e instanceof ApiError || e instanceof Error ? e.message : String(e))

/**
 * In a line's window: give the line (or the whole ticket) away with a reason — a manager's PIN
 * when the cashier lacks store_credit:gift_sale — or sell a gift line at its price again.
 * Alt+G jumps to the reason; Enter there gives it away.
 */
export function GiftLineAction({ api, branch, ticket, line, onDone }: LineActionProps) {
  const [gifts, setGifts] = useState<Gift[] | null>(null)
  const [may, setMay] = useState<boolean | null>(null)
  const [reason, setReason] = useState("")
  const [whole, setWhole] = useState(false)
  const [approval, setApproval] = useState({ staff_id: "", pin: "" })
  const [error, setError] = useState<string | null>(null)
  const reasonField = useRef<HTMLInputElement>(null)

  useEffect(() => {
    let gone = false
    Promise.all([api.get<{ gifts: Gift[] }>(`store-credit/tickets/${ticket.id}/gifts`), api.get<{ policies: string[] }>("me")])
      .then(([{ gifts }, me]) => {
        if (gone) return
        setGifts(gifts)
        setMay(mayGift(me.policies))
      })
      .catch((e) => !gone && setError(message(e)))
    return () => {
      gone = true
    }
  }, [api, ticket.id])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.key.toLowerCase() !== "g") return
      e.preventDefault()
      reasonField.current?.focus()
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  }, [])

  const run = async (request: () => Promise<unknown>) => {
    setError(null)
    try {
      await request()
      onDone()
    } catch (e) {
      setError(message(e))
    }
  }

  if (gifts === null) return error ? <div className="error-text">{error}</div> : null
  const gift = gifts.find((g) => g.line_id === line.id)

  if (gift) {
    return (
      <div className="row" data-testid="gift-mark" style={{ marginTop: 14, alignItems: "center", background: "var(--bg-subtle)", padding: 12, borderRadius: 10 }}>
        <div style={{ flex: 1 }}>
          <strong>Gift</strong> · {gift.reason} · value {money((Math.round(Number(gift.unit_value) * 100) * line.quantity) / 100)}
        </div>
        <button type="button" className="act" style={{ padding: "0 16px" }} onClick={() => void run(() => api.delete(`store-credit/tickets/${ticket.id}/gifts/${line.id}`))}>
          Sell at its price
        </button>
        {error && <div className="error-text">{error}</div>}
      </div>
    )
  }

  const submit = () =>
    run(() =>
      api.post(`store-credit/tickets/${ticket.id}/gifts`, {
        ...(whole ? {} : { line_ids: [line.id] }),
        reason: reason.trim(),
        ...(!may && approval.staff_id && approval.pin ? { approval } : {}),
      })
    )

  return (
    <form
      data-testid="gift-form"
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
      style={{ display: "flex", flexDirection: "column", gap: 10, marginTop: 14, background: "var(--bg-subtle)", padding: 12, borderRadius: 10 }}
    >
      <label>
        <span className="field-label">
          Give away as a gift: reason <kbd className="k">Alt+G</kbd>
        </span>
        <input ref={reasonField} className="big-input text" style={{ fontSize: 16, height: 44, textAlign: "left" }} aria-label="Gift reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <label style={{ display: "flex", gap: 8, alignItems: "center" }}>
        <input type="checkbox" aria-label="The whole ticket" checked={whole} onChange={(e) => setWhole(e.target.checked)} />
        The whole ticket ({ticket.totals.items} item{ticket.totals.items === 1 ? "" : "s"}), not only this line
      </label>
      {may === false && (
        <ApprovalFields
          api={api}
          value={approval}
          onChange={setApproval}
          locationId={branch.stock_location_id}
          policy={POLICY}
          names={{ approver: "Gift approved by", pin: "Gift approver's PIN" }}
        />
      )}
      {error && <div className="error-text">{error}</div>}
      <button type="submit" className="act" style={{ alignSelf: "flex-start", padding: "0 16px" }}>
        Give away at {money(0)}
      </button>
    </form>
  )
}
