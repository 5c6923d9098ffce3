import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { archiveCustomerStep } from "../steps/archive-customer"
import { moveAddressesStep } from "../steps/move-addresses"
import { moveGroupsStep } from "../steps/move-groups"
import { moveOrdersStep } from "../steps/move-orders"
import { prepareMergeStep, type MergeCustomersInput } from "../steps/prepare-merge"
import { runMergeHooksStep } from "../steps/run-merge-hooks"

/** After a merge: `{ id, from, into }` (the kept customer may now meet the frequent rule, for one). */
export const CUSTOMER_MERGED = "kassa.customers.merged"

/**
 * Merges a duplicate customer (`from_customer_id`) into the one kept: Medusa's orders, the
 * addresses and customer groups, then every plugin's rows through its merge hook; the duplicate
 * is archived with a pointer record. Any step failing undoes every step before it: both
 * customers are left exactly as they were. Merges take one store-wide lock: two merges naming
 * the same customer (A into B while B into A) would otherwise each pass the "already merged"
 * check before the other's record exists. Merges are rare; one lock costs nothing.
 */
export const mergeCustomersWorkflow = createWorkflow("kassa-merge-customers", (input: MergeCustomersInput) => {
  acquireLockStep({ key: "kassa:customer-merge", timeout: 30, ttl: 120 })
  const prepared = prepareMergeStep(input)
  const pair = transform({ input }, ({ input }) => ({ from: input.from_customer_id, into: input.into_customer_id }))
  const orders = moveOrdersStep(pair)
  const addresses = moveAddressesStep(pair)
  const groups = moveGroupsStep(pair)
  const hooked = runMergeHooksStep(
    transform({ input, prepared }, ({ input, prepared }) => ({
      from: input.from_customer_id,
      into: input.into_customer_id,
      merge_id: prepared.merge_id,
      merged_by: input.merged_by,
      reason: input.reason,
    }))
  )
  const merge = archiveCustomerStep(
    transform({ input, prepared, orders, addresses, groups, hooked }, ({ input, prepared, orders, addresses, groups, hooked }) => ({
      merge_id: prepared.merge_id,
      from: input.from_customer_id,
      into: input.into_customer_id,
      merged_by: input.merged_by,
      reason: input.reason,
      before: prepared.before,
      moved: { orders: orders.length, addresses, groups, ...hooked },
    }))
  )
  releaseLockStep({ key: "kassa:customer-merge" })
  emitEventStep({
    eventName: CUSTOMER_MERGED,
    data: transform({ input, prepared }, ({ input, prepared }) => ({ id: prepared.merge_id, from: input.from_customer_id, into: input.into_customer_id })),
  })
  return new WorkflowResponse(merge)
})
