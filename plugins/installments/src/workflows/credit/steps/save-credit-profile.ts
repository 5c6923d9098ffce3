import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreditDetails } from "../../../credit/schema"
import { INSTALLMENTS_MODULE } from "../../../modules/installments"
import type InstallmentsModuleService from "../../../modules/installments/service"

type Undo = { id: string; previous: Record<string, unknown> | null }

/**
 * Files a customer's credit details (created, or updated in place). Module links are not
 * checked by Medusa, so the customer's existence is, here.
 */
export const saveCreditProfileStep = createStep(
  "kassa-installments-save-credit-profile",
  async ({ customer_id, details }: { customer_id: string; details: CreditDetails }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: customer_id } })
    if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No customer ${customer_id}`)
    const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
    const [existing] = await service.listCreditProfiles({ customer_id })
    if (!existing) {
      const created = await service.createCreditProfiles({ customer_id, ...details })
      return new StepResponse<string, Undo>(created.id, { id: created.id, previous: null })
    }
    const previous = Object.fromEntries(Object.keys(details).map((k) => [k, (existing as Record<string, unknown>)[k] ?? null]))
    await service.updateCreditProfiles({ id: existing.id, ...details })
    return new StepResponse<string, Undo>(existing.id, { id: existing.id, previous })
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
    if (undo.previous) await service.updateCreditProfiles({ id: undo.id, ...undo.previous })
    else await service.deleteCreditProfiles(undo.id)
  }
)
