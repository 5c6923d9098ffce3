import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"

/**
 * Takes the checkout's idempotency key. The key is unique in the database, so of two identical
 * requests racing past the route's check only one gets here; a failed checkout gives it back.
 */
export const claimCheckoutKeyStep = createStep(
  "kassa-pos-claim-checkout-key",
  async (input: { key: string; ticket_id: string; request_hash: string }, { container }) => {
    const pos: PosModuleService = container.resolve(POS_MODULE)
    try {
      const [claimed] = await pos.createCheckoutKeys([{ key: input.key, ticket_id: input.ticket_id, request_hash: input.request_hash }])
      return new StepResponse(claimed.id, claimed.id)
    } catch (e) {
      if (/unique|already exists/i.test((e as Error).message)) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A checkout with the key ${input.key} is already under way`)
      }
      throw e
    }
  },
  async (id, { container }) => {
    if (id) await container.resolve<PosModuleService>(POS_MODULE).deleteCheckoutKeys(id)
  }
)
