import { defineCustomerMergeHook } from "@kassa/core/kit"
import { LOYALTY_MODULE } from "./modules/loyalty"
import type LoyaltyModuleService from "./modules/loyalty/service"

type Undo = { from: string; into: string; moved_account: string | null; points: number }

/**
 * A merged customer's loyalty membership follows them into the customer kept: the whole
 * membership when only the duplicate was a member, else their spendable points, through the
 * ledger (service.mergeInto). The kept customer's tier is recomputed at their next earning or
 * the nightly pass. Undone through the ledger too.
 */
export const loyaltyCustomerMerge = defineCustomerMergeHook<Undo>({
  id: "loyalty",
  merge: async (from, into, { container, merge_id, merged_by }) => {
    const moved = await container.resolve<LoyaltyModuleService>(LOYALTY_MODULE).mergeInto({ from, into, reference_id: merge_id, actor_id: merged_by })
    return { from, into, moved_account: moved.moved_account, points: moved.points }
  },
  undo: (data, { container, merge_id }) => container.resolve<LoyaltyModuleService>(LOYALTY_MODULE).undoMerge({ ...data, reference_id: merge_id }),
})
