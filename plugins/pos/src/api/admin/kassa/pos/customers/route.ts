import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { FilterableCustomerProps } from "@medusajs/framework/types"
import { normalizedOrNull } from "@kassa/core/kit"
import { Modules } from "@medusajs/framework/utils"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import type { FindCustomersType, QuickCustomerType } from "./validators"

const FIELDS = ["id", "first_name", "last_name", "phone", "email"]
const digits = (s: string) => s.replace(/\D/g, "")
// The customer module filters any column; its filter type lists only some of them.
const byPhone = (phone: unknown) => ({ phone }) as FilterableCustomerProps

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
  res.json({ customers: found })
}

/** Name and phone (e-mail optional); a phone already on file gives back that customer. */
export const POST = async (req: AuthenticatedMedusaRequest<QuickCustomerType>, res: MedusaResponse) => {
  const [existing] = await req.scope.resolve(Modules.CUSTOMER).listCustomers(byPhone(req.validatedBody.phone), { select: FIELDS })
  if (existing) return res.json({ customer: existing, created: false })
  const { result } = await createCustomersWorkflow(req.scope).run({ input: { customersData: [{ ...req.validatedBody, created_by: req.auth_context.actor_id }] } })
  res.status(201).json({ customer: result[0], created: true })
}
