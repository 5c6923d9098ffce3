import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Move = { from: string; into: string }

/** The kept customer joins every customer group the merged-away one was in (price lists and promotions follow). */
export const moveGroupsStep = createStep(
  "kassa-merge-move-groups",
  async ({ from, into }: Move, { container }) => {
    const customers: ICustomerModuleService = container.resolve(Modules.CUSTOMER)
    const [fromCustomer, intoCustomer] = await Promise.all([
      customers.retrieveCustomer(from, { relations: ["groups"] }),
      customers.retrieveCustomer(into, { relations: ["groups"] }),
    ])
    const already = new Set((intoCustomer.groups ?? []).map((g) => g.id))
    const joined = (fromCustomer.groups ?? []).map((g) => g.id).filter((id) => !already.has(id))
    if (joined.length) await customers.addCustomerToGroup(joined.map((customer_group_id) => ({ customer_id: into, customer_group_id })))
    return new StepResponse(joined.length, { into, joined })
  },
  async (undo, { container }) => {
    if (!undo?.joined.length) return
    await container
      .resolve<ICustomerModuleService>(Modules.CUSTOMER)
      .removeCustomerFromGroup(undo.joined.map((customer_group_id) => ({ customer_id: undo.into, customer_group_id })))
  }
)
