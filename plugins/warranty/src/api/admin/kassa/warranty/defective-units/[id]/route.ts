import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { setDisposalWorkflow } from "../../../../../../workflows/defective"
import { actorOf } from "../../actor"
import { defectiveFields } from "../../query-config"
import type { DisposalType } from "../../validators"

/** A pending defective unit is repaired, returned to its supplier (with the RMA number) or written off; stock follows. */
export const POST = async (req: AuthenticatedMedusaRequest<DisposalType>, res: MedusaResponse) => {
  const { staff_id } = await actorOf(req)
  await setDisposalWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody, actor_id: staff_id } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "defective_unit", fields: defectiveFields, filters: { id: req.params.id } })
  res.json({ defective_unit: data[0] })
}
