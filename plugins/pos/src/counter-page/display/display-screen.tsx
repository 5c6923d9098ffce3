import { useEffect, useState } from "react"
import { pos } from "../lib/api"
import { followEvents } from "../lib/event-stream"
import { money } from "../lib/format"
import type { DisplayState } from "../lib/types"

/**
 * The customer's screen of one register: the lines as they are rung up, the total, then the
 * change and a thank-you. The server pushes the whole state on every change (SSE), followed with
 * the counter's token (lib/event-stream.ts), which reconnects after a break.
 */
export function DisplayScreen({ registerId }: { registerId: string }) {
  const [state, setState] = useState<DisplayState | null>(null)
  const [connected, setConnected] = useState(false)

  useEffect(() => {
    return followEvents(pos(`/registers/${registerId}/display`), {
      onConnected: setConnected,
      onMessage: (data) => setState(JSON.parse(data) as DisplayState),
    })
  }, [registerId])

  const ticket = state?.ticket
  const sale = state?.sale
  const lines = ticket && !sale ? ticket.lines : []

  return (
    <div className="display" data-testid="customer-display" data-connected={connected}>
      <header>
        <b>KASSA</b>
        <span>{connected ? "Welcome" : "Connecting…"}</span>
      </header>
      {sale ? (
        <div className="welcome" data-testid="display-thanks">
          <div>Thank you!</div>
          <small>Paid {money(sale.total)} · receipt {sale.receipt_number}</small>
          {Number(sale.change) > 0 && (
            <>
              <small>Your change</small>
              <div className="changebig num" data-testid="display-change">
                {money(sale.change)}
              </div>
            </>
          )}
        </div>
      ) : lines.length ? (
        <div className="lines" data-testid="display-lines">
          {lines.slice(-9).map((l, i, shown) => (
            <div key={l.id} className={i === shown.length - 1 ? "dline last" : "dline"} data-testid="display-line">
              <span>
                <span className="q num">{l.quantity}×</span>
                <span>{l.title}</span> <span style={{ color: "#94a3b8" }}>{l.variant_title}</span>
              </span>
              <span className="num">{money(l.total)}</span>
            </div>
          ))}
        </div>
      ) : (
        <div className="welcome">
          <div>Welcome to our store</div>
          <small>Your items will appear here as they are scanned.</small>
        </div>
      )}
      <footer>
        <div>
          <div className="label">{sale ? "Paid" : "Total"}</div>
          {ticket && Number(ticket.totals.discount_total) > 0 && <div className="small">You save {money(ticket.totals.discount_total)}</div>}
          {ticket && <div className="small">VAT included {money(ticket.totals.tax_total)}</div>}
        </div>
        <div className="total num" data-testid="display-total">
          {money(sale ? sale.total : ticket?.totals.total)}
        </div>
      </footer>
    </div>
  )
}
