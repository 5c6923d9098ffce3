import { useRef, useState } from "react"
import { Modal } from "../dialogs/modal"
import { api, errorText, pos } from "../lib/api"
import { money } from "../lib/format"
import type { Me } from "../lib/types"
import { countTotal, DenominationCount, denominationsBody, emptyCount, type Count } from "./denomination-count"
import type { DrawerSession, ZReport } from "./types"

type Props = { me: Me; session: DrawerSession; registerName: string; onClosed: (z: ZReport) => void; onBack: () => void }

/**
 * The end of the shift: the cash counted by denomination, then the close. What the drawer should
 * hold is shown only after it (on the Z report), so the count is not bent to match it.
 */
export function CloseDrawerScreen({ me, session, registerName, onClosed, onBack }: Props) {
  const [count, setCount] = useState<Count>(emptyCount)
  const [note, setNote] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const closeButton = useRef<HTMLButtonElement>(null)
  // A manager closing a drawer someone else opened (an abandoned one) says why.
  const someoneElses = session.opened_by !== me.staff?.id
  const total = countTotal(count)

  const close = async () => {
    if (busy) return
    if (someoneElses && !note.trim()) return setError("This drawer was opened by someone else: say why you close it")
    setBusy(true)
    setError(null)
    try {
      const body = { denominations: denominationsBody(count), ...(note.trim() ? { note: note.trim() } : {}) }
      const { z_report } = await api<{ z_report: ZReport }>(pos(`/drawer-sessions/${session.id}/close`), { method: "POST", body })
      onClosed(z_report)
    } catch (e) {
      setError(errorText(e))
      setBusy(false)
    }
  }

  return (
    <Modal
      title={`Close the drawer · ${registerName}`}
      wide
      onClose={onBack}
      testId="close-drawer"
      footer={
        <>
          <button className="act" style={{ padding: "0 18px" }} onClick={onBack} disabled={busy}>
            Back
          </button>
          <button ref={closeButton} className="pay danger" style={{ height: 52, padding: "0 28px", fontSize: 18 }} onClick={() => void close()} disabled={busy}>
            {busy ? "Closing…" : `Close drawer with ${money(total)}`} <kbd className="k">Enter</kbd>
          </button>
        </>
      }
    >
      <div className="muted">Count every bill and coin in the drawer. Enter moves to the next count; what the drawer should hold shows on the Z report.</div>
      <div className="close-grid">
        <DenominationCount count={count} onChange={setCount} onLast={() => closeButton.current?.focus()} />
        <div className="ops-form">
          <div className="count-total">
            <div className="label">Counted</div>
            <div className="amount num" data-testid="counted-total">
              {money(total)}
            </div>
          </div>
          <label>
            <span className="field-label">{someoneElses ? "Why you close someone else's drawer" : "Note (optional)"}</span>
            <textarea className="big-input text" rows={3} aria-label="Note" value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          {error && (
            <div className="error-text" role="alert">
              {error}
            </div>
          )}
        </div>
      </div>
    </Modal>
  )
}
