import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createHash } from "node:crypto"
import { POS_MODULE } from "../../../../../../../modules/pos"
import type PosModuleService from "../../../../../../../modules/pos/service"
import { saleSummary, summarizeSale } from "../../../../../../../sale/sale-summary"
import { posCheckoutWorkflow } from "../../../../../../../workflows/checkout"
import type { CheckoutType } from "../../validators"

const conflict = (res: MedusaResponse, message: string) => res.status(409).json({ type: "conflict", message })

/**
 * Takes payment and completes the sale. The Idempotency-Key header (or idempotency_key) makes
 * it safe to retry: the same key and body answer with the same sale, another body is a 409.
 */
export const POST = async (req: AuthenticatedMedusaRequest<CheckoutType>, res: MedusaResponse) => {
  const key = req.get("idempotency-key") ?? req.validatedBody.idempotency_key
  if (!key) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Send an Idempotency-Key header (or idempotency_key) with every checkout")
  const { tenders } = req.validatedBody
  const requestHash = createHash("sha256").update(JSON.stringify({ ticket_id: req.params.id, tenders })).digest("hex")

  const pos: PosModuleService = req.scope.resolve(POS_MODULE)
  const [seen] = await pos.listCheckoutKeys({ key })
  if (seen) {
    if (seen.request_hash !== requestHash) return conflict(res, `The idempotency key ${key} was used for a different checkout`)
    if (seen.status === "completed" && seen.order_id) return res.json({ sale: await saleSummary(req.scope, seen.order_id), replayed: true })
    return conflict(res, `A checkout with the key ${key} is already under way`)
  }

  try {
    const { result } = await posCheckoutWorkflow(req.scope).run({
      input: { ticket_id: req.params.id, tenders, idempotency_key: key, request_hash: requestHash, user_id: req.auth_context.actor_id },
    })
    res.json({ sale: summarizeSale(result), replayed: false })
  } catch (e) {
    const error = e as MedusaError
    // Out of stock, or a double click that lost the race for the key: 409 with the reason.
    if (error.type === MedusaError.Types.CONFLICT || /already under way/.test(error.message)) return conflict(res, error.message)
    throw e
  }
}
