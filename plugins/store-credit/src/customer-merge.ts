import { defineCustomerMergeHook } from "@kassa/core/kit"
import { STORE_CREDIT_MODULE } from "./modules/store_credit"
import type StoreCreditModuleService from "./modules/store_credit/service"

type Undo = { debits: string[]; credits: string[]; moved: Record<string, string> }

/**
 * A merged customer's store credit goes to the customer kept, per currency, through the ledger:
 * a debit on one account, credits (with their expiries) on the other, both under the merge's id;
 * balances in the same currency add up. Undone by reversal entries, never by editing history.
 */
export const storeCreditCustomerMerge = defineCustomerMergeHook<Undo>({
  id: "store-credit",
  merge: (from, into, { container, merge_id, merged_by }) =>
    container.resolve<StoreCreditModuleService>(STORE_CREDIT_MODULE).transferAll({ from, into, reference_id: merge_id, actor_id: merged_by }),
  undo: (data, { container, merged_by }) =>
    container.resolve<StoreCreditModuleService>(STORE_CREDIT_MODULE).undoTransfer({ ...data, actor_id: merged_by }),
})
