import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { registerSoldSerialsStep } from "../steps/register-sold-serials"

export const registerSoldSerialsWorkflow = createWorkflow("kassa-warranty-register-sold-serials", (input: { order_id: string }) => {
  return new WorkflowResponse(registerSoldSerialsStep(input))
})
