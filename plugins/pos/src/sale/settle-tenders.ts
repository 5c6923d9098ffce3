import { CARD_NUMBER_REFUSED, findCardNumberIn } from "@kassa/core/kit"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { cents, money } from "./money"

export type TenderInput = {
  method: string
  amount?: number
  tendered?: number
  reference?: string
  card_last4?: string
  approval_code?: string
  data?: Record<string, unknown>
}

export type SettledTender = {
  method: string
  label: string
  amount: number
  tendered: number | null
  change: number | null
  reference: string | null
  card_last4: string | null
  approval_code: string | null
  data: Record<string, unknown>
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Turns what the cashier entered into exact tender amounts: non-cash tenders pay what they say,
 * cash pays the rest (and gives change from what was handed over). The amounts add up to the
 * total to the centavo or the sale is refused with what is wrong.
 */
export function settleTenders(
  total: number,
  inputs: TenderInput[],
  labels: Map<string, string>,
  format: (n: number) => string = money
): { tenders: SettledTender[]; change: number } {
  if (!inputs.length) throw invalid("Add at least one tender (cash, card, …)")
  for (const t of inputs) {
    if (!labels.has(t.method)) throw invalid(`Unknown tender "${t.method}": this branch takes ${[...labels.keys()].join(", ")}`)
    // The routes refuse these already; tenders built by other code (extensions, exchanges) pass here too.
    if (findCardNumberIn([t.reference, t.approval_code, t.data])) throw invalid(`A ${t.method} tender ${CARD_NUMBER_REFUSED}`)
  }
  const cash = inputs.filter((t) => t.method === "cash")
  if (cash.length > 1) throw invalid("Take cash once per sale (one cash tender with what the customer handed over)")
  const others = inputs.filter((t) => t.method !== "cash")
  for (const t of others) {
    if (t.amount == null || t.amount <= 0) throw invalid(`The ${labels.get(t.method)} tender needs an amount above zero`)
    if (t.method === "card" && !/^\d{4}$/.test(t.card_last4 ?? "")) throw invalid("A card tender needs card_last4: the card's last four digits")
  }
  const paidOther = cents(MathBN.sum(0, ...others.map((t) => cents(t.amount!))))
  if (paidOther > total) throw invalid(`The tenders (${format(paidOther)}) exceed the total ${format(total)}`)

  const settled: SettledTender[] = others.map((t) => ({
    method: t.method,
    label: labels.get(t.method)!,
    amount: cents(t.amount!),
    tendered: null,
    change: null,
    reference: t.reference ?? null,
    card_last4: t.card_last4 ?? null,
    approval_code: t.approval_code ?? null,
    data: t.data ?? {},
  }))
  const due = cents(MathBN.sub(total, paidOther))
  if (!cash.length) {
    if (due > 0) throw invalid(`The tenders are ${format(due)} short of the total ${format(total)}`)
    return { tenders: settled, change: 0 }
  }
  const c = cash[0]
  const amount = c.amount == null ? due : cents(c.amount)
  if (amount !== due) throw invalid(`Cash must cover the remaining ${format(due)}, not ${format(amount)}`)
  const tendered = cents(c.tendered ?? amount)
  if (tendered < amount) throw invalid(`Cash handed over (${format(tendered)}) is less than the ${format(amount)} due`)
  const change = cents(MathBN.sub(tendered, amount))
  if (amount > 0) settled.push({ method: "cash", label: labels.get("cash")!, amount, tendered, change, reference: null, card_last4: null, approval_code: null, data: {} })
  return { tenders: settled, change }
}
