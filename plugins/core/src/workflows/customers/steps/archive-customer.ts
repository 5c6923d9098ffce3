import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_MERGE_MODULE } from "../../../modules/customer-merge"
import type CustomerMergeModuleService from "../../../modules/customer-merge/service"
import { FACTS, factsOf, type CustomerFacts } from "./prepare-merge"

type Input = {
  merge_id: string
  from: string
  into: string
  merged_by: string
  reason: string
  before: { into: CustomerFacts; from: CustomerFacts }
  moved: Record<string, unknown>
}

/**
 * The merged-away customer is archived (soft-deleted in Medusa's customer module: gone from
 * lists and the counter, its row kept) with the pointer record to the one kept.
 */
export const archiveCustomerStep = createStep(
  "kassa-merge-archive-customer",
  async (input: Input, { container }) => {
    const customers: ICustomerModuleService = container.resolve(Modules.CUSTOMER)
    const merges: CustomerMergeModuleService = container.resolve(CUSTOMER_MERGE_MODULE)
    const after = factsOf(await customers.retrieveCustomer(input.into, { select: [...FACTS] }))
    const record = await merges.createCustomerMerges({
      id: input.merge_id,
      from_customer_id: input.from,
      into_customer_id: input.into,
      merged_by: input.merged_by,
      reason: input.reason,
      merged_at: new Date(),
      customers: { before: input.before, after: { into: after } },
      moved: input.moved,
    })
    await customers.softDeleteCustomers([input.from])
    return new StepResponse(record, { merge_id: record.id, from: input.from })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<ICustomerModuleService>(Modules.CUSTOMER).restoreCustomers([undo.from])
    await container.resolve<CustomerMergeModuleService>(CUSTOMER_MERGE_MODULE).deleteCustomerMerges([undo.merge_id])
  }
)
