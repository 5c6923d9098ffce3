import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FREQUENT_GROUP, frequentRuleOf, setFrequentRuleWorkflow } from "../../../../../workflows/customers"
import type { PostFrequentRuleType } from "../validators"

/** The store's frequent-customer rule (null until the owner sets one) and the customer group it fills. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ frequent_rule: await frequentRuleOf(req.scope), group_name: FREQUENT_GROUP })
}

/** Sets the rule; every customer is re-evaluated right after (in the background, from the rule's event). */
export const POST = async (req: AuthenticatedMedusaRequest<PostFrequentRuleType>, res: MedusaResponse) => {
  await setFrequentRuleWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ frequent_rule: await frequentRuleOf(req.scope), group_name: FREQUENT_GROUP })
}
