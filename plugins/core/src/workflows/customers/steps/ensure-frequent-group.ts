import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FREQUENT_GROUP, frequentRuleOf } from "../frequent"

/**
 * The "Frequent" customer group's id, created if missing while a rule is on (null when there is
 * neither: an install whose owner never set a rule gets no group). Undo deletes it only if this
 * step created it.
 */
export const ensureFrequentGroupStep = createStep(
  "kassa-ensure-frequent-group",
  async (_: void, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const [group] = await customers.listCustomerGroups({ name: FREQUENT_GROUP }, { select: ["id"] })
    if (group) return new StepResponse(group.id as string | null, null)
    if (!(await frequentRuleOf(container))?.enabled) return new StepResponse(null, null)
    const created = await customers.createCustomerGroups({
      name: FREQUENT_GROUP,
      metadata: { kassa: "Members are set by Kassa's frequent-customer rule; manual changes are undone at the next evaluation" },
    })
    return new StepResponse(created.id, created.id)
  },
  async (createdId, { container }) => {
    if (createdId) await container.resolve(Modules.CUSTOMER).deleteCustomerGroups(createdId)
  }
)
