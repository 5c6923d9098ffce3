import { money, parseAmount, type TenderChoice, type TenderFormProps } from "@kassa/pos/counter"
import { useEffect, useMemo, useState } from "react"
import { LOYALTY_POINTS_TENDER } from "../tender/tender-id"
import { loyaltyOf, pesos, type Loyalty } from "./api"

const no = (problem: string): TenderChoice => ({ tender: null, problem })

/**
 * The Points tender in the payment dialog: how many points to spend and what they pay (the server
 * checks the minimum and the share of a sale points may pay); the rest in any other tender.
 */
export function PointsForm({ api, branch, ticket, remaining, onChange }: TenderFormProps) {
  const customerId = ticket.customer_id
  const [loyalty, setLoyalty] = useState<Loyalty | null | undefined>(undefined)
  const [error, setError] = useState<string | null>(null)
  const [points, setPoints] = useState("")

  useEffect(() => {
    if (!customerId) return
    let gone = false
    loyaltyOf(api, customerId, branch.stock_location_id)
      .then((l) => {
        if (gone) return
        setLoyalty(l)
        const most = Math.min(l.member?.available ?? 0, Math.floor((remaining * 100) / l.point_value))
        setPoints(String(Math.max(0, most)))
      })
      .catch((e) => !gone && setError(e instanceof Error ? e.message : String(e)))
    return () => {
      gone = true
    }
  }, [api, customerId, branch.stock_location_id, remaining])

  const member = loyalty?.member
  const choice = useMemo<TenderChoice>(() => {
    if (!customerId) return no("Points need the member: press Esc, then F3 to attach them")
    if (error) return no(error)
    if (loyalty === undefined) return no("Reading the member's points…")
    if (!member) return no("The customer is not a loyalty member")
    const n = parseAmount(points)
    if (!Number.isInteger(n) || n <= 0) return no("Enter a whole number of points")
    if (n > member.available) return no(`The member has ${member.available} points`)
    const value = pesos(n * loyalty!.point_value)
    if (value > remaining) return no(`Only ${money(remaining)} is left to pay`)
    return { tender: { method: LOYALTY_POINTS_TENDER, label: "Points", amount: value, data: { points: n }, note: `Points left: ${member.available - n}` }, problem: null }
  }, [customerId, error, loyalty, member, points, remaining])

  useEffect(() => onChange(choice), [choice, onChange])

  if (!customerId || error || !member) {
    return (
      <div className="notice error" data-testid="loyalty-points-problem">
        {choice.problem}
      </div>
    )
  }
  const n = parseAmount(points)
  return (
    <label>
      <span className="field-label">
        {member.tier?.name ?? "Member"}: {member.available} points ({money(pesos(member.available_value))})
      </span>
      <input className="big-input num" aria-label="Points to spend" inputMode="numeric" value={points} onChange={(e) => setPoints(e.target.value)} data-autofocus autoFocus />
      <span className="field-label" data-testid="loyalty-points-value">
        Pays {Number.isInteger(n) && n > 0 ? money(pesos(n * loyalty!.point_value)) : "—"}
      </span>
    </label>
  )
}
