import { useState } from "react"
import { Modal } from "../dialogs/modal"
import { api, errorText, pos } from "../lib/api"
import { useBranchClock } from "../lib/branch-clock"
import { money } from "../lib/format"
import type { FoundSale } from "./types"

type Props = { locationId: string; onFound: (sale: FoundSale) => void; onClose: () => void; children?: React.ReactNode }


/**
 * The sale a customer brings back: the receipt's barcode scanned (a wedge scanner types it into
 * the focused field, then Enter), its number typed, or the customer's phone or e-mail.
 */
export function FindSale({ locationId, onFound, onClose, children }: Props) {
  const clock = useBranchClock()
  const [q, setQ] = useState("")
  const [found, setFound] = useState<{ q: string; sales: FoundSale[] } | null>(null)
  const [active, setActive] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const search = async () => {
    const text = q.trim()
    if (busy) return
    if (text.length < 3) return setError("Scan the receipt's barcode, or type its number or the customer's phone")
    setBusy(true)
    setError(null)
    try {
      const { sales } = await api<{ sales: FoundSale[] }>(pos(`/sales?location_id=${locationId}&q=${encodeURIComponent(text)}`))
      if (sales.length === 1) return onFound(sales[0])
      setFound({ q: text, sales })
      setActive(0)
    } catch (e) {
      setError(errorText(e))
    } finally {
      setBusy(false)
    }
  }

  const onKey = (e: React.KeyboardEvent) => {
    const sales = found?.q === q.trim() ? found.sales : []
    if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, sales.length - 1))
    else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0))
    else if (e.key === "Enter") {
      if (sales[active]) onFound(sales[active])
      else void search()
    } else return
    e.preventDefault()
  }

  return (
    <Modal title="Return, exchange or void" onClose={onClose} testId="find-sale">
      <label>
        <span className="field-label">Receipt number, or the customer's phone or e-mail</span>
        <input
          className="big-input text"
          aria-label="Receipt number or phone"
          placeholder="Scan the receipt's barcode"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={onKey}
        />
      </label>
      {found && !found.sales.length && <div className="muted">No counter sale found for “{found.q}”.</div>}
      {!!found?.sales.length && (
        <div className="list" role="listbox" aria-label="Sales found">
          {found.sales.map((s, i) => (
            <button key={s.order_id} role="option" aria-selected={i === active} className={i === active ? "active" : ""} onClick={() => onFound(s)}>
              <span>
                <b>{s.receipt_number}</b> {s.status === "voided" && <span className="tag red">VOID</span>}
                <br />
                <span className="muted">
                  {clock.format(s.completed_at)} · {s.lines.length} line{s.lines.length === 1 ? "" : "s"}
                </span>
              </span>
              <span className="num" style={{ fontWeight: 700 }}>
                {money(s.total)}
              </span>
            </button>
          ))}
        </div>
      )}
      {error && <div className="error-text">{error}</div>}
      {children}
    </Modal>
  )
}
