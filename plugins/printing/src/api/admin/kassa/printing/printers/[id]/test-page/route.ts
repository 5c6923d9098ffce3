import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { drainPrintQueue } from "../../../../../../../queue/print-queue"
import { printTestPageWorkflow } from "../../../../../../../workflows/printing"

/** Queues a test page: the answer is the job; its status tells whether the printer was reached. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await printTestPageWorkflow(req.scope).run({ input: { printer_id: req.params.id, requested_by: req.auth_context.actor_id } })
  void drainPrintQueue(req.scope)
  const { payload: _, ...job } = result!
  res.status(202).json({ print_job: job })
}
