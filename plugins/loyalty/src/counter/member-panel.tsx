import { money, type CustomerPanelProps } from "@kassa/pos/counter"
import { Badge } from "@medusajs/ui"
import { useCallback, useEffect, useRef, useState } from "react"
import { enrol, loyaltyOf, pesos, type Loyalty } from "./api"

/**
 * Beside the sale's customer: their tier, points and what the points are worth; for a customer
 * who is not a member, enrolment in two keystrokes: Alt+M, then Y (agrees to messages) or N.
 */
export function LoyaltyPanel({ api, branch, customer }: CustomerPanelProps) {
  const [loyalty, setLoyalty] = useState<Loyalty | null>(null)
  const [asking, setAsking] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // Read by the key listener, which is registered once: the Y pressed right after Alt+M must not
  // wait for React to register a new listener (it would reach the scan field instead).
  const askingRef = useRef(false)

  const load = useCallback(() => {
    let gone = false
    loyaltyOf(api, customer.id, branch.stock_location_id)
      .then((l) => !gone && setLoyalty(l))
      .catch(() => undefined)
    return () => {
      gone = true
    }
  }, [api, customer.id, branch.stock_location_id])
  useEffect(() => {
    setLoyalty(null)
    askingRef.current = false
    setAsking(false)
    setError(null)
    return load()
  }, [load])

  const join = useCallback(
    (consent: boolean) => {
      enrol(api, customer.id, branch.stock_location_id, consent)
        .then(() => load())
        .catch((e) => setError(e instanceof Error ? e.message : String(e)))
    },
    [api, customer.id, branch.stock_location_id, load]
  )

  const notMember = !!loyalty && !loyalty.member
  const ask = (on: boolean) => {
    askingRef.current = on
    setAsking(on)
  }
  useEffect(() => {
    if (!notMember) return
    const onKey = (e: KeyboardEvent) => {
      const key = e.key.toLowerCase()
      // By the key's place (KeyM): Alt+M types another character on some layouts.
      const altM = e.altKey && e.code === "KeyM"
      const handled = altM || (askingRef.current && ["y", "n", "escape"].includes(key))
      if (!handled) return
      e.preventDefault()
      e.stopImmediatePropagation()
      if (altM) ask(true)
      else if (key === "escape") ask(false)
      else {
        ask(false)
        join(key === "y")
      }
    }
    // Capture: before the counter's own keys and the scan field see it.
    window.addEventListener("keydown", onKey, true)
    return () => window.removeEventListener("keydown", onKey, true)
  }, [notMember, join])

  if (!loyalty) return null
  if (error) return <Badge size="2xsmall" color="red">{error}</Badge>
  const m = loyalty.member
  if (!m) {
    return asking ? (
      <Badge size="2xsmall" color="orange" data-testid="loyalty-enrol-consent">
        Enrol: messages OK? Y / N
      </Badge>
    ) : (
      <button type="button" className="link" data-testid="loyalty-enrol" onClick={() => ask(true)} title="Enrol in loyalty (Alt+M)">
        Enrol in loyalty (Alt+M)
      </button>
    )
  }
  return (
    <Badge size="2xsmall" color="purple" data-testid="loyalty-panel">
      {m.tier?.name ?? "Member"} · {m.available} pts · {money(pesos(m.available_value))}
    </Badge>
  )
}
