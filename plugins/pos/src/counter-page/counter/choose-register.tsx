import { useEffect, useState } from "react"
import { api, errorText, pos } from "../lib/api"
import { staffName } from "../lib/format"
import { idleMinutes, setIdleMinutes } from "../lib/use-idle-lock"
import type { Counter, Me } from "../lib/types"

export type Place = { locationId: string; registerId: string; registerName: string }

type Props = { me: Me; onChoose: (place: Place) => void; onSignOut: () => void }

/**
 * Branch (where the POS is on and the staff member works) and register for this device; it says
 * who is signed in (the counter's sign-in is its own, not the admin's) and at which branch.
 */
export function ChooseRegister({ me, onChoose, onSignOut }: Props) {
  const branches = me.branches.filter((b) => b.plugins.pos && b.details)
  const [locationId, setLocationId] = useState(branches.length === 1 ? branches[0].stock_location_id : null)
  const [counter, setCounter] = useState<Counter | null>(null)
  const [idle, setIdle] = useState(idleMinutes())
  const [error, setError] = useState<string | null>(null)
  const branch = branches.find((b) => b.stock_location_id === locationId)

  useEffect(() => {
    if (!locationId) return
    setCounter(null)
    api<Counter>(pos(`/counter?location_id=${locationId}`))
      .then(setCounter)
      .catch((e) => setError(errorText(e)))
  }, [locationId])

  const choose = (registerId: string, registerName: string) => {
    setIdleMinutes(idle)
    onChoose({ locationId: locationId!, registerId, registerName })
  }

  return (
    <div className="center">
      <div className="card" style={{ width: 520 }}>
        <div className="brandline">KASSA</div>
        {me.staff && (
          <p className="muted" style={{ margin: 0 }} data-testid="signed-in-as">
            Signed in as <b>{staffName(me.staff.user)}</b> ({me.staff.user.email})
          </p>
        )}
        <h1>{branch ? `Which register is this at ${branch.name}?` : "Which branch?"}</h1>
        {!branches.length && <p className="muted">You may not sell at any branch where the point of sale is on. Ask a manager.</p>}
        {!locationId ? (
          <div className="choices">
            {branches.map((b) => (
              <button key={b.stock_location_id} className="choice" onClick={() => setLocationId(b.stock_location_id)}>
                {b.name}
                <small>{b.details?.code}</small>
              </button>
            ))}
          </div>
        ) : (
          <div className="choices">
            {counter?.registers.map((r, i) => (
              <button key={r.id} className="choice" onClick={() => choose(r.id, r.name)} autoFocus={i === 0}>
                {r.name}
                <small>{r.code}</small>
              </button>
            ))}
            {counter?.branch.closed_at ? (
              <p className="error-text">
                This branch is closed{counter.branch.close_reason ? `: ${counter.branch.close_reason}` : ""}. A manager reopens it in the admin (the location's Branch status).
              </p>
            ) : (
              counter && !counter.registers.length && <p className="muted">This branch has no active register.</p>
            )}
          </div>
        )}
        <label className="row" style={{ alignItems: "center" }}>
          <span className="muted">Lock the screen after</span>
          <input className="big-input num" style={{ height: 40, fontSize: 16, flex: "0 0 80px" }} aria-label="Idle minutes" inputMode="numeric" value={idle} onChange={(e) => setIdle(Number(e.target.value.replace(/\D/g, "")) || 0)} />
          <span className="muted">minutes without use (0: never)</span>
        </label>
        {error && <div className="error-text">{error}</div>}
        <div className="row">
          {branches.length > 1 && locationId && (
            <button className="act" onClick={() => setLocationId(null)}>
              Another branch
            </button>
          )}
          <button className="act" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </div>
    </div>
  )
}
