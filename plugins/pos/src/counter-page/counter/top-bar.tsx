import { useOnline } from "../lib/connection"
import { staffName } from "../lib/format"
import type { Counter, Me } from "../lib/types"

type Props = { me: Me; counter: Counter; registerId: string; onDisplay: () => void; onLock: () => void; onRegister: () => void; onSignOut: () => void }

export function TopBar({ me, counter, registerId, onDisplay, onLock, onRegister, onSignOut }: Props) {
  const online = useOnline()
  const branch = me.branches.find((b) => b.stock_location_id === counter.branch.stock_location_id)
  const register = counter.registers.find((r) => r.id === registerId)
  return (
    <header className="topbar">
      <span className="brand">KASSA</span>
      <span className="where">
        <b>{branch?.name ?? counter.branch.code}</b> · {register?.name ?? "?"} ({register?.code})
      </span>
      <span className="where">
        <span className={online ? "dot" : "dot off"} />
        {online ? "Online" : "Offline"}
      </span>
      <span className="spacer" />
      <span className="who">{me.staff ? staffName(me.staff.user) : ""}</span>
      <button onClick={onDisplay}>Customer display</button>
      <button onClick={onLock}>Lock</button>
      <button onClick={onRegister}>Register</button>
      <button onClick={onSignOut}>Sign out</button>
    </header>
  )
}

/** Shown while the server does not answer (lib/connection.ts probes it until it does). */
export function OfflineBanner() {
  const online = useOnline()
  if (online) return null
  return (
    <div className="banner offline" role="alert">
      Connection to the Kassa server lost: reconnecting… The sale is kept on the server. Scans and payments fail until it is back; a payment tried again is never taken twice.
    </div>
  )
}
