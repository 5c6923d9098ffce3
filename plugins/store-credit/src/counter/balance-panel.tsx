import { branchTime, money, type CustomerPanelProps } from "@kassa/pos/counter"
import { Badge } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { creditOf, type CreditAccount } from "./api"

/** Beside the sale's customer: their store credit, when they have some. */
export function StoreCreditPanel({ api, branch, customer, ticket }: CustomerPanelProps) {
  const [account, setAccount] = useState<CreditAccount | null>(null)
  const currency = ticket?.currency_code ?? "php"
  useEffect(() => {
    let gone = false
    setAccount(null)
    creditOf(api, customer.id, currency)
      .then((a) => !gone && setAccount(a))
      .catch(() => undefined)
    return () => {
      gone = true
    }
  }, [api, customer.id, currency])
  if (!account || Number(account.available) <= 0) return null
  return (
    <Badge size="2xsmall" color="green" data-testid="store-credit-panel">
      Store credit {money(account.available)}
      {account.earliest_expiry ? ` · expires ${branchTime(account.earliest_expiry, branch.timezone, "date")}` : ""}
    </Badge>
  )
}
