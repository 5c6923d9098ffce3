import { Button, Heading, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { api, errorText, signIn } from "../lib/api"
import { staffName } from "../lib/format"
import type { Me } from "../lib/types"
import { SwitchCashier } from "./switch-cashier"

type Props = { staff: NonNullable<Me["staff"]>; locationId: string; onUnlock: () => void; onSwitch: () => void }

/** The idle lock: the same cashier comes back with their PIN (or password); another takes over with theirs, or signs in. */
export function LockScreen({ staff, locationId, onUnlock, onSwitch }: Props) {
  const [secret, setSecret] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const what = staff.has_pin ? "PIN" : "Password"

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      if (staff.has_pin) await api("/admin/kassa/pin/verify", { method: "POST", body: { staff_id: staff.id, pin: secret } })
      // The right password proves who is back; a second factor's challenge is left unanswered, since
      // this counter's session (kept while locked) already passed it.
      else await signIn(staff.user.email, secret)
      onUnlock()
    } catch (err) {
      setError(errorText(err))
      setSecret("")
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="lock" role="dialog" aria-label="Counter locked">
      <form className="card" onSubmit={submit}>
        <div className="brandline">KASSA · LOCKED</div>
        <Heading level="h1">{staffName(staff.user)}</Heading>
        <Text className="text-ui-fg-subtle">
          The counter locked itself after a while without use. Enter your {what.toLowerCase()} to carry on; the sale is kept.
        </Text>
        <Input size="base" type="password" inputMode={staff.has_pin ? "numeric" : "text"} aria-label={what} value={secret} onChange={(e) => setSecret(e.target.value)} autoFocus />
        {error && <Text className="text-ui-fg-error">{error}</Text>}
        <button className="pay" style={{ height: 52, fontSize: 18 }} disabled={busy || !secret}>
          Unlock
        </button>
        <Button variant="secondary" type="button" onClick={onSwitch}>
          Another cashier: sign in with a password
        </Button>
      </form>
      <div className="card">
        <SwitchCashier locationId={locationId} currentStaffId={staff.id} onTakenOver={onUnlock} />
      </div>
    </div>
  )
}
