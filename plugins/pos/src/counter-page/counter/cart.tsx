import { useEffect, useRef } from "react"
import { money } from "../lib/format"
import type { Ticket } from "../lib/types"

type Props = {
  ticket: Ticket | null
  /** The register's open sale is still being fetched (after a reload). */
  loading: boolean
  pending: string[]
  selected: string | null
  onSelect: (id: string) => void
  onOpen: (id: string) => void
  onQuantity: (id: string, quantity: number) => void
}

/** The lines of the sale, newest at the bottom; the selected one is what the line keys act on. */
export function Cart({ ticket, loading, pending, selected, onSelect, onOpen, onQuantity }: Props) {
  const end = useRef<HTMLTableRowElement>(null)
  const lines = ticket?.lines ?? []
  // A block body: newer Chromium returns a promise from scrollIntoView, and an effect may return only its cleanup.
  useEffect(() => {
    end.current?.scrollIntoView({ block: "nearest" })
  }, [lines.length, pending.length])

  if (!lines.length && !pending.length) {
    return (
      <div className="cart">
        <div className="empty">
          <div className="big">▤</div>
          <div className="head">{loading ? "Opening this register's sale…" : "Scan an item to start the sale"}</div>
          <div>or type a code and press Enter · F2 finds an item by name · Shift+F8 resumes a parked sale</div>
        </div>
      </div>
    )
  }
  return (
    <div className="cart">
      <table aria-label="Sale lines">
        <thead>
          <tr>
            <th style={{ width: 52 }} />
            <th>Item</th>
            <th style={{ width: 130 }}>Qty</th>
            <th className="r" style={{ width: 120 }}>
              Price
            </th>
            <th className="r" style={{ width: 130 }}>
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => {
            const missingSerials = l.requires_serial && l.serial_numbers.length < l.quantity
            const changed = l.price !== l.unit_price
            return (
              <tr key={l.id} className={l.id === selected ? "line selected" : "line"} onClick={() => onSelect(l.id)} onDoubleClick={() => onOpen(l.id)} data-testid="cart-line">
                <td>{l.thumbnail ? <img className="thumb" src={l.thumbnail} alt="" /> : <div className="thumb">{l.title.slice(0, 1)}</div>}</td>
                <td>
                  <div className="title">{l.title}</div>
                  <div className="meta">
                    <span>{l.variant_title}</span>
                    <span>{l.sku}</span>
                    {l.override && <span className="tag">price changed: {l.override.reason}</span>}
                    {l.discount && <span className="tag green">−{l.discount.type === "percent" ? `${l.discount.value}%` : money(l.discount.value)}</span>}
                    {l.adjustments.filter((a) => a.code).map((a, i) => (
                      <span className="tag green" key={i}>
                        {a.code}
                      </span>
                    ))}
                    {l.requires_serial && (
                      <span className={missingSerials ? "tag red" : "tag green"}>{missingSerials ? `serial numbers ${l.serial_numbers.length}/${l.quantity} · F6` : `S/N ${l.serial_numbers.join(", ")}`}</span>
                    )}
                  </div>
                </td>
                <td>
                  <span className="qty" onClick={(e) => e.stopPropagation()}>
                    <button aria-label="One less" onClick={() => l.quantity > 1 && onQuantity(l.id, l.quantity - 1)}>
                      −
                    </button>
                    <span className="num" data-testid="line-qty">
                      {l.quantity}
                    </span>
                    <button aria-label="One more" onClick={() => onQuantity(l.id, l.quantity + 1)}>
                      +
                    </button>
                  </span>
                </td>
                <td className="r num">
                  {changed && <span className="strike">{money(l.unit_price)}</span>}
                  {money(l.price)}
                </td>
                <td className="r num total">{money(l.total)}</td>
              </tr>
            )
          })}
          {pending.map((code, i) => (
            <tr key={`p${i}`} className="pending">
              <td />
              <td colSpan={4}>Adding {code}…</td>
            </tr>
          ))}
          <tr ref={end} />
        </tbody>
      </table>
    </div>
  )
}
