import { defineCustomerMergeHook } from "@kassa/core/kit"
import { INSTALLMENTS_MODULE } from "./modules/installments"
import type InstallmentsModuleService from "./modules/installments/service"

type Undo = { from: string; plan_ids: string[]; credit_profile_id: string | null }

/**
 * A merged customer's installment plans (any status, with their schedules and payments, which
 * hang on the plan) go to the customer kept. The credit profile goes too when the kept customer
 * has none; when both have one, the kept customer's stays and the other stays with the archive.
 */
export const installmentsCustomerMerge = defineCustomerMergeHook<Undo>({
  id: "installments",
  merge: async (from, into, { container }) => {
    const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
    const plans = await service.listInstallmentPlans({ customer_id: from }, { select: ["id"] })
    if (plans.length) await service.updateInstallmentPlans(plans.map((p) => ({ id: p.id, customer_id: into })))
    const profiles = await service.listCreditProfiles({ customer_id: [from, into] }, { select: ["id", "customer_id"] })
    const movable = profiles.some((p) => p.customer_id === into) ? undefined : profiles.find((p) => p.customer_id === from)
    if (movable) await service.updateCreditProfiles({ id: movable.id, customer_id: into })
    return { from, plan_ids: plans.map((p) => p.id), credit_profile_id: movable?.id ?? null }
  },
  undo: async ({ from, plan_ids, credit_profile_id }, { container }) => {
    const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
    if (credit_profile_id) await service.updateCreditProfiles({ id: credit_profile_id, customer_id: from })
    if (plan_ids.length) await service.updateInstallmentPlans(plan_ids.map((id) => ({ id, customer_id: from })))
  },
})
