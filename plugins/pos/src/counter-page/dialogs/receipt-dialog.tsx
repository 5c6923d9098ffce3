import { useEffect, useRef, useState } from "react"
import type { CounterContext } from "../../counter/define"
import type { Zones } from "../extensions"
import { api, errorText, pos } from "../lib/api"
import { DocumentFrame } from "../lib/document-frame"
import { money } from "../lib/format"
import type { Sale } from "../lib/types"
import { Modal } from "./modal"

type Props = CounterContext & { sale: Sale; customerEmail: string | null; sections: Zones["saleComplete"]; onNewSale: () => void }

const tenderLabel = (method: string) => method.charAt(0).toUpperCase() + method.slice(1).replace(/_/g, " ")

/**
 * After payment: the change again, whether the goods are held (what the tenders' forms said, else
 * the server's word), the extensions' sections, the 80 mm receipt, print, e-mail, and the next
 * sale (Enter).
 */
export function ReceiptDialog({ sale, customerEmail, sections, api: counterApi, branch, onNewSale }: Props) {
  const frame = useRef<HTMLIFrameElement>(null)
  const [email, setEmail] = useState(customerEmail ?? "")
  const [sent, setSent] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const print = () => frame.current?.contentWindow?.print()
  const send = async () => {
    setError(null)
    try {
      await api(pos(`/sales/${sale.order_id}/receipt/email`), { method: "POST", body: email.trim() ? { email: email.trim() } : {} })
      setSent(`Receipt sent to ${email.trim() || "the customer"}`)
    } catch (e) {
      setError(errorText(e))
    }
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLInputElement
      if (e.key === "Enter" && typing) return void send()
      // Enter on another button (Print, Send) is that button's.
      if (e.key === "Enter" && e.target instanceof HTMLButtonElement && !e.target.dataset.autofocus) return
      if (e.key === "Enter" || e.key === "F9") {
        e.preventDefault()
        onNewSale()
      } else if (!typing && (e.key === "p" || e.key === "P")) {
        e.preventDefault()
        print()
      }
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  })

  return (
    <Modal
      title="Sale complete"
      onClose={onNewSale}
      wide
      testId="receipt-dialog"
      footer={
        <>
          <button className="act" style={{ padding: "0 18px" }} onClick={print}>
            Print <kbd className="k">P</kbd>
          </button>
          <button className="pay" style={{ height: 52, padding: "0 28px", fontSize: 18 }} onClick={onNewSale} data-autofocus>
            New sale <kbd className="k">Enter</kbd>
          </button>
        </>
      }
    >
      <div style={{ display: "grid", gridTemplateColumns: "1fr 340px", gap: 20 }}>
        <div style={{ display: "flex", flexDirection: "column", gap: 14 }}>
          <div className="done-head">
            <div className="tick">✓</div>
            <div>
              <div style={{ fontSize: 20, fontWeight: 700 }}>Paid {money(sale.total)}</div>
              <div className="muted">
                Receipt <b data-testid="receipt-number">{sale.receipt_number}</b>
              </div>
            </div>
          </div>
          {sale.notes?.length ? (
            sale.notes.map((note) => (
              <div className="hold" role="status" data-testid="hold-note" key={note}>
                {note}
              </div>
            ))
          ) : sale.goods_held ? (
            <div className="hold" role="status" data-testid="hold-note">
              Goods held for approval: the sale is paid, but the goods stay at the store until it is approved.
            </div>
          ) : null}
          {sections.map(({ key, Component }) => (
            <Component key={key} api={counterApi} branch={branch} sale={sale} />
          ))}
          <div className="change">
            <span className="label">Change</span>
            <span className="amount num" data-testid="sale-change">
              {money(sale.change)}
            </span>
          </div>
          <div className="tenders">
            {sale.tenders.map((t, i) => (
              <div className="tender" key={i}>
                <span>
                  {tenderLabel(t.method)}
                  {t.card_last4 ? ` ···· ${t.card_last4}` : ""}
                  {t.tendered ? ` · handed over ${money(t.tendered)}` : ""}
                  {t.reference ? ` · ${t.reference}` : ""}
                </span>
                <span className="num">{money(t.amount)}</span>
              </div>
            ))}
          </div>
          <label>
            <span className="field-label">E-mail the receipt</span>
            <div className="row">
              <input className="big-input" style={{ fontSize: 16, height: 44, textAlign: "left" }} type="email" placeholder="customer@example.com" aria-label="Receipt e-mail" value={email} onChange={(e) => setEmail(e.target.value)} />
              <button className="act" style={{ flex: "0 0 90px", height: 44 }} onClick={() => void send()}>
                Send
              </button>
            </div>
          </label>
          {sent && <div className="notice success">{sent}</div>}
          {error && <div className="error-text">{error}</div>}
        </div>
        <DocumentFrame frame={frame} title="Receipt" path={pos(`/sales/${sale.order_id}/receipt?format=html&layout=thermal`)} />
      </div>
    </Modal>
  )
}
