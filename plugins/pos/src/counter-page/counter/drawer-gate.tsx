import { useEffect, useState, type ReactNode } from "react"
import { api, errorText, pos } from "../lib/api"
import { money, parseAmount } from "../lib/format"
import type { Place } from "./choose-register"

type Session = { id: string; opening_float: string | number; opened_at: string }

type Props = { place: Place; registerName: string; onBack: () => void; children: ReactNode }

/**
 * Before selling: the register's cash drawer must be open (the checkout refuses a sale without
 * it). With no open session, the cashier counts the float and opens one here.
 */
export function DrawerGate({ place, registerName, onBack, children }: Props) {
  const [session, setSession] = useState<Session | null | undefined>(undefined)
  const [float, setFloat] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    api<{ drawer_sessions: Session[] }>(pos(`/drawer-sessions?location_id=${place.locationId}&register_id=${place.registerId}&status=open&limit=1`))
      .then(({ drawer_sessions }) => setSession(drawer_sessions[0] ?? null))
      .catch((e) => setError(errorText(e)))
  }, [place])

  if (session) return <>{children}</>

  const open = async (e: React.FormEvent) => {
    e.preventDefault()
    const opening_float = parseAmount(float)
    if (!(opening_float >= 0)) return setError("Enter the cash in the drawer (0 if it is empty)")
    setBusy(true)
    setError(null)
    try {
      setSession((await api<{ drawer_session: Session }>(pos("/drawer-sessions"), { method: "POST", body: { register_id: place.registerId, opening_float } })).drawer_session)
    } catch (err) {
      setError(errorText(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="center">
      <form className="card" onSubmit={open}>
        <div className="brandline">KASSA · {registerName.toUpperCase()}</div>
        <h1>Open the cash drawer</h1>
        <p className="muted" style={{ margin: 0 }}>
          Count the float (the change the drawer starts with). Sales are taken once the drawer is open.
        </p>
        {session === undefined && !error ? (
          <div className="muted">Checking the drawer…</div>
        ) : (
          <>
            <label>
              <span className="field-label">Opening float</span>
              <input className="big-input num" aria-label="Opening float" inputMode="decimal" placeholder={money(0)} value={float} onChange={(e) => setFloat(e.target.value)} autoFocus />
            </label>
            <button className="pay" style={{ height: 52, fontSize: 18 }} disabled={busy || !float.trim()}>
              Open drawer <kbd className="k">Enter</kbd>
            </button>
          </>
        )}
        {error && <div className="error-text">{error}</div>}
        <button type="button" className="act" onClick={onBack}>
          Another register
        </button>
      </form>
    </div>
  )
}
