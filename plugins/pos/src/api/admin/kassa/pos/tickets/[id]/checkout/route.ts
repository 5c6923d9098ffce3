import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createHash } from "node:crypto"
import { POS_MODULE } from "../../../../../../../modules/pos"
import type PosModuleService from "../../../../../../../modules/pos/service"
import { saleSummary, summarizeSale } from "../../../../../../../sale/sale-summary"
import { underCheckoutLease } from "../../../../../../../sale/checkout-lease"
import { posCheckoutWorkflow, recoverPosCheckoutWorkflow } from "../../../../../../../workflows/checkout"
import type { CheckoutType } from "../../validators"

// Answered as every 409 is (core's error handler): { type: "conflict", message }.
const conflict = (message: string) => new MedusaError(MedusaError.Types.CONFLICT, message)
// claimCheckoutKeyStep's refusal.
const KEY_TAKEN = /already under way/

/**
 * Takes payment and completes the sale. The Idempotency-Key header (or idempotency_key) makes
 * it safe to retry: the same key and body answer with the same sale, another body is a 409.
 * The key is looked up only when the checkout finds it taken, so a first attempt reads nothing twice.
 */
export const POST = async (req: AuthenticatedMedusaRequest<CheckoutType>, res: MedusaResponse) => {
  const key = req.get("idempotency-key") ?? req.validatedBody.idempotency_key
  if (!key) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Send an Idempotency-Key header (or idempotency_key) with every checkout")
  const requestHash = createHash("sha256").update(JSON.stringify({ ticket_id: req.params.id, tenders: req.validatedBody.tenders })).digest("hex")
  return checkout(req, res, key, requestHash, true)
}

async function checkout(req: AuthenticatedMedusaRequest<CheckoutType>, res: MedusaResponse, key: string, requestHash: string, mayRecover: boolean) {
  const { tenders } = req.validatedBody
  try {
    const { result } = await underCheckoutLease(req.scope, key, () =>
      posCheckoutWorkflow(req.scope).run({
        input: { ticket_id: req.params.id, tenders, idempotency_key: key, request_hash: requestHash, user_id: req.auth_context.actor_id },
      })
    )
    res.json({ sale: summarizeSale(result), replayed: false })
  } catch (e) {
    const error = e as MedusaError
    // The key was taken (its first step): a retry of a finished checkout, a double click, or a reused key.
    if (KEY_TAKEN.test(error.message)) return answerSeenKey(req, res, key, requestHash, mayRecover)
    // Out of stock, a drawer closed meanwhile: a CONFLICT, answered 409 with the reason.
    throw e
  }
}

/**
 * The checkout that holds the key answers a retry: its sale again, or a 409 saying why not.
 * One that a crash interrupted (pending, its lease expired) is undone first and run again.
 */
async function answerSeenKey(req: AuthenticatedMedusaRequest<CheckoutType>, res: MedusaResponse, key: string, requestHash: string, mayRecover: boolean) {
  const [seen] = await req.scope.resolve<PosModuleService>(POS_MODULE).listCheckoutKeys({ key })
  if (seen && seen.request_hash !== requestHash) throw conflict(`The idempotency key ${key} was used for a different checkout`)
  if (seen?.status === "completed" && seen.order_id) return res.json({ sale: await saleSummary(req.scope, seen.order_id), replayed: true })
  const expired = seen?.status === "pending" && seen.lease_until && new Date(seen.lease_until) < new Date()
  if (mayRecover && expired) {
    const { result: undone } = await recoverPosCheckoutWorkflow(req.scope).run({ input: { id: seen.id } })
    if (undone) return checkout(req, res, key, requestHash, false)
  }
  throw conflict(`A checkout with the key ${key} is already under way`)
}
