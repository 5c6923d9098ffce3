import { CUSTOMER_PROFILE_MODULE } from "../modules/customer-profile"
import type CustomerProfileModuleService from "../modules/customer-profile/service"
import { defineCustomerMergeHook } from "./merge-hooks"

type Undo = { from: string; profile_id: string | null }

/**
 * A merged customer's profile (gender, birthday, consent, note) goes to the customer kept when
 * that one has none; when both have one, the kept customer's stays and the other stays with the archive.
 */
export const profileCustomerMerge = defineCustomerMergeHook<Undo>({
  id: "customer-profile",
  merge: async (from, into, { container }) => {
    const service: CustomerProfileModuleService = container.resolve(CUSTOMER_PROFILE_MODULE)
    const profiles = await service.listCustomerProfiles({ customer_id: [from, into] }, { select: ["id", "customer_id"] })
    const movable = profiles.some((p) => p.customer_id === into) ? undefined : profiles.find((p) => p.customer_id === from)
    if (movable) await service.updateCustomerProfiles({ id: movable.id, customer_id: into })
    return { from, profile_id: movable?.id ?? null }
  },
  undo: async ({ from, profile_id }, { container }) => {
    if (profile_id) await container.resolve<CustomerProfileModuleService>(CUSTOMER_PROFILE_MODULE).updateCustomerProfiles({ id: profile_id, customer_id: from })
  },
})
