import "./ops.css"
import { useCallback, useEffect, useState } from "react"
import type { Place } from "../counter/choose-register"
import { Modal } from "../dialogs/modal"
import { errorText } from "../lib/api"
import { useBranchClock } from "../lib/branch-clock"
import { money } from "../lib/format"
import type { Me } from "../lib/types"
import { CashMovementDialog } from "./cash-movement-dialog"
import { CloseDrawerScreen } from "./close-drawer-screen"
import { drawerView, openDrawerOf } from "./drawer-api"
import type { DrawerView, ZReport } from "./types"
import { XReportView } from "./x-report-view"
import { ZReportView } from "./z-report-view"

type Screen = "menu" | "in" | "out" | "x" | "close"

const OPS: { screen: Screen; key: string; title: string; hint: string }[] = [
  { screen: "in", key: "I", title: "Cash in", hint: "Change fund, float top-up" },
  { screen: "out", key: "O", title: "Cash out", hint: "Bank drop, petty cash" },
  { screen: "x", key: "X", title: "X report", hint: "Figures so far, printable" },
  { screen: "close", key: "Z", title: "Close drawer", hint: "Count the cash, Z report" },
]

// After a close the register has no open drawer: a reload brings back the drawer gate, which asks for the next float.
const toDrawerGate = () => location.reload()

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`

type Props = { me: Me; place: Place; onClose: () => void }

/** The register's cash drawer during the shift: cash in and out, the X report, the close and its Z report. */
export function DrawerDialog({ me, place, onClose }: Props) {
  const clock = useBranchClock()
  const [drawer, setDrawer] = useState<DrawerView | null | undefined>(undefined)
  const [screen, setScreen] = useState<Screen>("menu")
  const [z, setZ] = useState<ZReport | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      const session = await openDrawerOf(place)
      setDrawer(session ? await drawerView(session.id) : null)
    } catch (e) {
      setError(errorText(e))
    }
  }, [place])
  useEffect(() => void load(), [load])

  const back = useCallback(() => setScreen("menu"), [])
  const moved = useCallback(
    (text: string) => {
      setDone(text)
      setScreen("menu")
      void load()
    },
    [load]
  )

  useEffect(() => {
    if (screen !== "menu" || !drawer || z) return
    const onKey = (e: KeyboardEvent) => {
      const next = OPS.find((op) => op.key === e.key.toUpperCase())?.screen
      if (!next || e.altKey || e.ctrlKey || e.metaKey || e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return
      e.preventDefault()
      setScreen(next)
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  }, [screen, drawer, z])

  if (z) return <ZReportView report={z} onDone={toDrawerGate} />
  const session = drawer?.drawer_session
  if (session && (screen === "in" || screen === "out")) return <CashMovementDialog sessionId={session.id} type={screen} onDone={moved} onBack={back} />
  if (session && screen === "x") return <XReportView sessionId={session.id} onBack={back} />
  if (session && screen === "close") return <CloseDrawerScreen me={me} session={session} registerName={place.registerName} onClosed={setZ} onBack={back} />

  const f = drawer?.figures
  return (
    <Modal title={`Cash drawer · ${place.registerName}`} onClose={onClose} testId="drawer-dialog">
      {drawer === undefined && !error && <div className="muted">Loading the drawer…</div>}
      {drawer === null && (
        <>
          <div className="muted">This register's drawer is no longer open (it was closed from another screen).</div>
          <button className="pay" style={{ height: 52, fontSize: 18 }} onClick={toDrawerGate}>
            Open the drawer
          </button>
        </>
      )}
      {session && f && (
        <>
          <div className="muted">
            Opened {clock.format(session.opened_at)}
            {session.opened_by === me.staff?.id ? " by you" : " by another staff member"} with a float of {money(session.opening_float)}
          </div>
          <div className="stats num">
            <div>
              <span>Sales</span>
              <b>{money(f.sales.amount)}</b>
              <small>{count(f.sales.count, "sale")}</small>
            </div>
            <div>
              <span>Returns</span>
              <b>{money(f.returns.amount)}</b>
              <small>{count(f.returns.count, "return")}</small>
            </div>
            <div>
              <span>Cash in / out</span>
              <b>
                {money(f.cash.cash_in)} / {money(f.cash.cash_out)}
              </b>
              <small>{count(f.movements.length, "movement")}</small>
            </div>
          </div>
          {done && <div className="notice success">{done}</div>}
          <div className="ops-menu">
            {OPS.map((op) => (
              <button key={op.screen} className={op.screen === "close" ? "op close" : "op"} onClick={() => setScreen(op.screen)}>
                <span>
                  <b>{op.title}</b>
                  <small>{op.hint}</small>
                </span>
                <kbd className="k">{op.key}</kbd>
              </button>
            ))}
          </div>
        </>
      )}
      {error && <div className="error-text">{error}</div>}
    </Modal>
  )
}
