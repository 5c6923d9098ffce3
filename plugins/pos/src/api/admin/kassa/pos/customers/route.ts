import { frequentCustomerIds, normalizedOrNull } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { FilterableCustomerProps, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { quickAddCustomerWorkflow } from "../../../../../workflows/customers/quick-add-customer"
import type { FindCustomersType, QuickCustomerType } from "./validators"

const FIELDS = ["id", "first_name", "last_name", "phone", "email"]
const digits = (s: string) => s.replace(/\D/g, "")
// The customer module filters any column; its filter type lists only some of them.
const byPhone = (phone: unknown) => ({ phone }) as FilterableCustomerProps

/** `frequent`: in the store's Frequent customer group (the counter shows the badge). */
async function withFrequent<C extends { id: string }>(container: MedusaContainer, customers: C[]) {
  const frequent = await frequentCustomerIds(container, customers.map((c) => c.id))
  return customers.map((c) => ({ ...c, frequent: frequent.has(c.id) }))
}

/**
 * Finds customers at the counter by phone or name. A whole number in any spelling finds the
 * customer stored under its E.164 form; part of a number (its last digits) finds those ending so.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, FindCustomersType>, res: MedusaResponse) => {
  const { q } = req.validatedQuery
  const customers = req.scope.resolve(Modules.CUSTOMER)
  const whole = digits(q).length >= 7 ? normalizedOrNull(q) : null
  const exact = whole ? await customers.listCustomers(byPhone(whole), { select: FIELDS, take: 20 }) : []
  const found = exact.length
    ? exact
    : digits(q).length >= 7
      ? await customers.listCustomers(byPhone({ $ilike: `%${digits(q).slice(-10)}` }), { select: FIELDS, take: 20 })
      : await customers.listCustomers({ q }, { select: FIELDS, take: 20 })
  res.json({ customers: await withFrequent(req.scope, found) })
}

/**
 * Name and phone (the rest optional: e-mail and the profile's gender, birthday, consent, note);
 * a phone already on file gives back that customer, unchanged.
 */
export const POST = async (req: AuthenticatedMedusaRequest<QuickCustomerType>, res: MedusaResponse) => {
  const { gender, birthday, marketing_consent, note, ...customer } = req.validatedBody
  const [existing] = await req.scope.resolve(Modules.CUSTOMER).listCustomers(byPhone(customer.phone), { select: FIELDS })
  if (existing) return res.json({ customer: (await withFrequent(req.scope, [existing]))[0], created: false })
  const profile = Object.fromEntries(Object.entries({ gender, birthday, marketing_consent, note }).filter(([, v]) => v !== undefined))
  const { result } = await quickAddCustomerWorkflow(req.scope).run({ input: { customer: { ...customer, created_by: req.auth_context.actor_id }, profile } })
  const { id, first_name, last_name, phone, email } = result
  res.status(201).json({ customer: { id, first_name, last_name, phone, email, frequent: false }, created: true })
}
