import { Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { api, errorText, pos, takeOverSession } from "../lib/api"

type Seller = { staff_id: string; name: string }

/**
 * Another cashier takes over with their PIN: pick who (those who sell at this branch and have a
 * PIN), type the PIN, and the counter reloads as them with the open sale kept on the server.
 */
export function SwitchCashier({ locationId, currentStaffId, onTakenOver }: { locationId: string; currentStaffId: string; onTakenOver: () => void }) {
  const [sellers, setSellers] = useState<Seller[] | null>(null)
  const [chosen, setChosen] = useState<Seller | null>(null)
  const [pin, setPin] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    api<{ staff: Seller[] }>(pos(`/pin-staff?location_id=${locationId}&policy=pos:sell`))
      .then(({ staff }) => setSellers(staff.filter((s) => s.staff_id !== currentStaffId)))
      .catch((e) => setError(errorText(e)))
  }, [locationId, currentStaffId])

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    if (!chosen) return
    setBusy(true)
    setError(null)
    try {
      const { token } = await api<{ token: string }>(pos("/cashier-switch"), { method: "POST", body: { location_id: locationId, staff_id: chosen.staff_id, pin } })
      await takeOverSession(token)
      onTakenOver()
      location.reload()
    } catch (err) {
      setError(errorText(err))
      setPin("")
      setBusy(false)
    }
  }

  if (sellers && !sellers.length) return <Text className="text-ui-fg-subtle">Nobody else here has a PIN: the next cashier signs in with their password.</Text>
  return (
    <form onSubmit={submit} aria-label="Switch cashier">
      <span className="field-label">Another cashier, with their PIN</span>
      {!chosen ? (
        <div className="list">
          {(sellers ?? []).map((s) => (
            <button type="button" key={s.staff_id} onClick={() => setChosen(s)}>
              {s.name}
            </button>
          ))}
        </div>
      ) : (
        <div className="row">
          <button type="button" className="act" onClick={() => setChosen(null)}>
            {chosen.name} ✕
          </button>
          <input
            className="big-input"
            style={{ fontSize: 16, height: 48 }}
            type="password"
            inputMode="numeric"
            aria-label={`${chosen.name}'s PIN`}
            maxLength={6}
            value={pin}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ""))}
            autoFocus
          />
          <button className="act" disabled={busy || pin.length < 4}>
            Take over
          </button>
        </div>
      )}
      {error && <Text className="text-ui-fg-error">{error}</Text>}
    </form>
  )
}
