import { useEffect, useState } from "react"
import { Modal } from "../dialogs/modal"
import { errorText } from "../lib/api"
import { DocumentFrame } from "../lib/document-frame"
import { useBranchClock } from "../lib/branch-clock"
import { drawerView, reportHtml } from "./drawer-api"
import { ReportFigures } from "./report-figures"
import type { DrawerFigures } from "./types"
import { usePrintFrame } from "./use-print-frame"

/** The open session's figures as of now (the drawer stays open), on screen and printable. */
export function XReportView({ sessionId, onBack }: { sessionId: string; onBack: () => void }) {
  const clock = useBranchClock()
  const [figures, setFigures] = useState<DrawerFigures | null>(null)
  const [asOf, setAsOf] = useState<Date | null>(null)
  const [error, setError] = useState<string | null>(null)
  const { frame, print } = usePrintFrame()

  useEffect(() => {
    drawerView(sessionId).then(
      (v) => {
        setFigures(v.figures)
        setAsOf(new Date())
      },
      (e) => setError(errorText(e))
    )
  }, [sessionId])

  return (
    <Modal
      title="X report"
      wide
      onClose={onBack}
      testId="x-report"
      footer={
        <>
          <button className="act" style={{ padding: "0 18px" }} onClick={onBack}>
            Back
          </button>
          <button className="pay" style={{ height: 48, padding: "0 24px", fontSize: 17 }} onClick={print}>
            Print <kbd className="k">P</kbd>
          </button>
        </>
      }
    >
      <div className="report-grid">
        <div className="ops-form">
          <div className="muted" data-testid="x-report-as-of">
            {asOf ? `As of ${clock.format(asOf)}` : "Figures so far"}: the drawer stays open. The Z report is issued when it is closed. Nothing is printed until you press Print.
          </div>
          {figures && <ReportFigures figures={figures} />}
          {error && <div className="error-text">{error}</div>}
        </div>
        <DocumentFrame frame={frame} title="X report" path={reportHtml(sessionId)} />
      </div>
    </Modal>
  )
}
