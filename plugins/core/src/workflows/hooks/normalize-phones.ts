import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomersWorkflow, updateCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { normalizedOrNull } from "../../customers/phone"

type Written = { id: string; phone?: string | null }

/**
 * Customers written through Medusa's own workflows (the admin's customer form, a store sign-up,
 * an import) get their phone in E.164 too, so the counter finds them by any spelling. Core's
 * middleware refuses a phone that cannot be read before these run; a phone it passed is
 * rewritten here. Nothing to compensate: a failed creation removes its customers, and a failed
 * update puts its own values back.
 */
const normalize = async (customers: Written[], container: { resolve: <T>(key: string) => T }) => {
  const changes = customers
    .map((c) => ({ id: c.id, phone: normalizedOrNull(c.phone) }))
    .filter((c, i) => c.phone && c.phone !== customers[i].phone)
  const service = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
  for (const c of changes) await service.updateCustomers(c.id, { phone: c.phone })
  return changes.length
}

createCustomersWorkflow.hooks.customersCreated(async ({ customers }, { container }) => new StepResponse(await normalize(customers, container)))

updateCustomersWorkflow.hooks.customersUpdated(async ({ customers }, { container }) => new StepResponse(await normalize(customers, container)))
