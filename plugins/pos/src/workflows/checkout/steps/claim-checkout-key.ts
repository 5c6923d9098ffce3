import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"

/**
 * Takes the checkout's idempotency key. The key is unique in the database, so of two identical
 * requests only one gets it; the other is refused here, and the route answers it from the key
 * (the same sale, or a 409). A failed checkout gives the key back.
 */
export const claimCheckoutKeyStep = createStep(
  "kassa-pos-claim-checkout-key",
  async (input: { key: string; ticket_id: string; request_hash: string }, { container }) => {
    const id = await container.resolve<PosModuleService>(POS_MODULE).claimCheckoutKey(input)
    if (!id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A checkout with the key ${input.key} is already under way`)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PosModuleService>(POS_MODULE).deleteCheckoutKeys(id)
  }
)
