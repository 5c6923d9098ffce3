import { Modal } from "../dialogs/modal"
import { pos } from "../lib/api"
import { DocumentFrame } from "../lib/document-frame"
import { money } from "../lib/format"
import { methodLabel } from "./report-figures"
import type { CounterReturn } from "./types"
import { usePrintFrame } from "./use-print-frame"
import { PrintFooter } from "./print-footer"

type Props = { record: CounterReturn; change: number | null; onDone: () => void }

/** After a return or exchange: the money to hand over (or the change), and the refund receipt to print. */
export function ReturnDone({ record, change, onDone }: Props) {
  const { frame, print } = usePrintFrame()
  const refunded = Number(record.refund_total)
  const paid = Number(record.paid_total ?? 0)
  const exchange = !!record.exchange_id

  return (
    <Modal
      title={exchange ? "Exchange complete" : "Return complete"}
      wide
      onClose={onDone}
      testId="return-done"
      footer={<PrintFooter onPrint={print} onDone={onDone} />}
    >
      <div className="report-grid">
        <div className="ops-form">
          <div className="done-head">
            <div className="tick">✓</div>
            <div>
              <div style={{ fontSize: 20, fontWeight: 700 }}>
                {refunded > 0 ? `Refunded ${money(refunded)} by ${methodLabel(record.refund_method).toLowerCase()}` : paid > 0 ? `Customer paid ${money(paid)}` : "Even exchange"}
              </div>
              <div className="muted">
                Refund receipt <b data-testid="refund-number">{record.number}</b>
                {record.card_last4 ? ` · card ending ${record.card_last4}` : ""}
              </div>
            </div>
          </div>
          {refunded > 0 && record.refund_method === "cash" && (
            <div className="change">
              <span className="label">Give back</span>
              <span className="amount num" data-testid="cash-back">
                {money(refunded)}
              </span>
            </div>
          )}
          {!!change && change > 0 && (
            <div className="change">
              <span className="label">Change</span>
              <span className="amount num" data-testid="exchange-change">
                {money(change)}
              </span>
            </div>
          )}
          <div className="muted">Returned units marked resellable are back in the branch's stock; damaged ones are not.</div>
        </div>
        <DocumentFrame frame={frame} title="Refund receipt" path={pos(`/returns/${record.id}/receipt?format=html`)} />
      </div>
    </Modal>
  )
}
