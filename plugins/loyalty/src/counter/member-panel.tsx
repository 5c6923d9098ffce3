import { money, type CustomerPanelProps } from "@kassa/pos/counter"
import { Badge } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { enrol, loyaltyOf, pesos, type Loyalty } from "./api"

/**
 * Beside the sale's customer: their tier, points and what the points are worth; for a customer
 * who is not a member, enrolment in two keystrokes: Alt+M, then Y (agrees to messages) or N.
 */
export function LoyaltyPanel({ api, branch, customer }: CustomerPanelProps) {
  const [loyalty, setLoyalty] = useState<Loyalty | null>(null)
  const [asking, setAsking] = useState(false)
  const [error, setError] = useState<string | null>(null)

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
    setAsking(false)
    setError(null)
    return load()
  }, [load])

  const join = useCallback(
    (consent: boolean) => {
      setAsking(false)
      enrol(api, customer.id, branch.stock_location_id, consent)
        .then(() => load())
        .catch((e) => setError(e instanceof Error ? e.message : String(e)))
    },
    [api, customer.id, branch.stock_location_id, load]
  )

  const notMember = !!loyalty && !loyalty.member
  useEffect(() => {
    if (!notMember) return
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.key.toLowerCase() === "m") {
        e.preventDefault()
        setAsking(true)
      } else if (asking && ["y", "n"].includes(e.key.toLowerCase())) {
        e.preventDefault()
        join(e.key.toLowerCase() === "y")
      } else if (asking && e.key === "Escape") setAsking(false)
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  }, [notMember, asking, join])

  if (!loyalty) return null
  if (error) return <Badge size="2xsmall" color="red">{error}</Badge>
  const m = loyalty.member
  if (!m) {
    return asking ? (
      <Badge size="2xsmall" color="orange" data-testid="loyalty-enrol-consent">
        Enrol: messages OK? Y / N
      </Badge>
    ) : (
      <button type="button" className="link" data-testid="loyalty-enrol" onClick={() => setAsking(true)} title="Enrol in loyalty (Alt+M)">
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
