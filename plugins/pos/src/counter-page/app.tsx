import { useCallback, useEffect, useState } from "react"
import { ChooseRegister, type Place } from "./counter/choose-register"
import { CounterScreen } from "./counter/counter-screen"
import { DrawerGate } from "./counter/drawer-gate"
import { SignIn } from "./counter/sign-in"
import { DisplayScreen } from "./display/display-screen"
import { api, errorText, forgetSignIn, signOut } from "./lib/api"
import type { Me } from "./lib/types"

const PLACE = "kassa.pos.place"

const savedPlace = (me: Me): Place | null => {
  const place = JSON.parse(localStorage.getItem(PLACE) ?? "null") as Place | null
  return place && me.branches.some((b) => b.stock_location_id === place.locationId && b.plugins.pos) ? place : null
}

/**
 * /pos: sign in → branch and register (kept for this device) → the counter.
 * /pos/display?register=…: the customer display of that register, after the same sign-in
 * (a second window of the counter's browser shares its sign-in, lib/api.ts; another device signs in).
 * Steps before selling (the register's open cash drawer) sit between the register and the counter.
 */
export function App() {
  const display = /\/display\/?$/.test(location.pathname)
  const [me, setMe] = useState<Me | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(() => {
    setError(null)
    api<Me>("/admin/kassa/me")
      .then(setMe)
      .catch((e) => {
        if (e.status !== 401) return setError(errorText(e))
        forgetSignIn()
        setMe({ staff: null, policies: [], branches: [] })
      })
  }, [])
  useEffect(load, [load])

  if (error) {
    return (
      <div className="center">
        <div className="card">
          <h1>Kassa is not reachable</h1>
          <div className="error-text">{error}</div>
          <button className="act" onClick={load}>
            Try again
          </button>
        </div>
      </div>
    )
  }
  if (!me) return <div className="center" />
  if (!me.staff) return <SignIn onSignedIn={load} title={display ? "Sign in to pair this display" : undefined} />

  const leave = async () => {
    await signOut()
    setMe({ staff: null, policies: [], branches: [] })
  }
  if (me.enrolment_needed) return <EnrolFirst message={me.enrolment_needed} onSignOut={leave} />
  return display ? <Display me={me} onSignOut={leave} /> : <Counter me={me} onSignOut={leave} />
}

/** A role requires a second factor this staff member has not set up: the server lets them do nothing else. */
function EnrolFirst({ message, onSignOut }: { message: string; onSignOut: () => void }) {
  return (
    <div className="center">
      <div className="card" data-testid="enrolment-needed">
        <h1>Set up two-factor sign-in first</h1>
        <div className="error-text">{message}.</div>
        <a className="act" href="/app/settings/profile">
          Open your profile in the admin
        </a>
        <button className="act" onClick={onSignOut}>
          Sign out
        </button>
      </div>
    </div>
  )
}

function Counter({ me, onSignOut }: { me: Me; onSignOut: () => void }) {
  const [place, setPlace] = useState(() => savedPlace(me))
  const choose = (p: Place | null) => {
    if (p) localStorage.setItem(PLACE, JSON.stringify(p))
    else localStorage.removeItem(PLACE)
    setPlace(p)
  }
  if (!place) return <ChooseRegister me={me} onChoose={choose} onSignOut={onSignOut} />
  return (
    <DrawerGate key={place.registerId} place={place} registerName={place.registerName} onBack={() => choose(null)}>
      <CounterScreen me={me} place={place} onRegister={() => choose(null)} onSignOut={onSignOut} />
    </DrawerGate>
  )
}

function Display({ me, onSignOut }: { me: Me; onSignOut: () => void }) {
  const [registerId, setRegisterId] = useState(() => new URLSearchParams(location.search).get("register"))
  if (registerId) return <DisplayScreen registerId={registerId} />
  const pair = ({ registerId }: Place) => {
    history.replaceState(null, "", `?register=${registerId}`)
    setRegisterId(registerId)
  }
  return <ChooseRegister me={me} onChoose={pair} onSignOut={onSignOut} />
}
