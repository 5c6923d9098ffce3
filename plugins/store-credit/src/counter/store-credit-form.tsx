import { branchTime, money, parseAmount, type TenderChoice, type TenderFormProps } from "@kassa/pos/counter"
import { useEffect, useMemo, useState } from "react"
import { STORE_CREDIT_TENDER } from "../tender/tender-id"
import { creditOf, type CreditAccount } from "./api"

const no = (problem: string): TenderChoice => ({ tender: null, problem })

/**
 * The Store credit tender in the payment dialog: the customer's balance and earliest expiry, and
 * the amount to apply (all that the credit covers by default; the rest in any other tender).
 */
export function StoreCreditForm({ api, branch, ticket, remaining, onChange }: TenderFormProps) {
  const customerId = ticket.customer_id
  // undefined: still asking.
  const [account, setAccount] = useState<CreditAccount | null | undefined>(undefined)
  const [error, setError] = useState<string | null>(null)
  const [amount, setAmount] = useState("")

  useEffect(() => {
    if (!customerId) return
    let gone = false
    creditOf(api, customerId, ticket.currency_code)
      .then((a) => {
        if (gone) return
        setAccount(a)
        setAmount(Math.min(Number(a?.available ?? 0), remaining).toFixed(2))
      })
      .catch((e) => !gone && setError(e instanceof Error ? e.message : String(e)))
    return () => {
      gone = true
    }
  }, [api, customerId, ticket.currency_code, remaining])

  const available = Number(account?.available ?? 0)
  const choice = useMemo<TenderChoice>(() => {
    if (!customerId) return no("Store credit needs the customer: press Esc, then F3 to attach them")
    if (error) return no(error)
    if (account === undefined) return no("Reading the customer's store credit…")
    if (!account || available <= 0) return no("The customer has no store credit")
    const value = parseAmount(amount)
    if (Number.isNaN(value) || value <= 0) return no("Enter the amount of store credit to apply")
    if (value > available) return no(`The customer has ${money(available)} of store credit`)
    if (value > remaining) return no(`Only ${money(remaining)} is left to pay`)
    return { tender: { method: STORE_CREDIT_TENDER, label: "Store credit", amount: value, note: `Store credit left: ${money(available - value)}` }, problem: null }
  }, [customerId, error, account, available, amount, remaining])

  useEffect(() => onChange(choice), [choice, onChange])

  if (!customerId || error || !account || available <= 0) {
    return (
      <div className="notice error" data-testid="store-credit-problem">
        {choice.problem}
      </div>
    )
  }
  return (
    <label>
      <span className="field-label">
        Store credit: {money(account.available)}
        {account.earliest_expiry ? ` (some expires ${branchTime(account.earliest_expiry, branch.timezone, "date")})` : ""}
      </span>
      <input className="big-input num" aria-label="Store credit to apply" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} data-autofocus autoFocus />
    </label>
  )
}
