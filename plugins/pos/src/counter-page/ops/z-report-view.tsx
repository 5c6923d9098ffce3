import { Modal } from "../dialogs/modal"
import { useBranchClock } from "../lib/branch-clock"
import { DocumentFrame } from "../lib/document-frame"
import { money } from "../lib/format"
import { reportHtml } from "./drawer-api"
import { ReportFigures } from "./report-figures"
import type { ZReport } from "./types"
import { usePrintFrame } from "./use-print-frame"
import { PrintFooter } from "./print-footer"

/** The issued Z report: expected against counted, over or short, every figure, and the print. */
export function ZReportView({ report, onDone }: { report: ZReport; onDone: () => void }) {
  const clock = useBranchClock()
  const { frame, print } = usePrintFrame()
  const cash = report.figures.cash
  const overShort = Number(cash.over_short)
  const verdict = overShort < 0 ? "Short" : overShort > 0 ? "Over" : "Balanced"

  return (
    <Modal
      title={`Z report #${report.number}`}
      wide
      onClose={onDone}
      testId="z-report"
      footer={<PrintFooter onPrint={print} onDone={onDone} doneLabel="Open the next drawer" />}
    >
      <div className="report-grid">
        <div className="ops-form">
          <div className="done-head">
            <div className="tick z">Z</div>
            <div>
              <div style={{ fontSize: 20, fontWeight: 700 }}>Drawer closed</div>
              <div className="muted">
                Z report <b data-testid="z-number">#{report.number}</b> · {clock.format(report.issued_at)}
              </div>
            </div>
          </div>
          <div className="tally num">
            <div>
              <span>Expected</span>
              <b>{money(cash.expected)}</b>
            </div>
            <div>
              <span>Counted</span>
              <b>{money(cash.counted)}</b>
            </div>
          </div>
          <div className={`change ${overShort < 0 ? "short" : overShort > 0 ? "over" : ""}`} data-testid="over-short">
            <span className="label">{verdict}</span>
            <span className="amount num">{money(Math.abs(overShort))}</span>
          </div>
          <ReportFigures figures={report.figures} />
        </div>
        <DocumentFrame frame={frame} title="Z report" path={reportHtml(report.session_id)} />
      </div>
    </Modal>
  )
}
