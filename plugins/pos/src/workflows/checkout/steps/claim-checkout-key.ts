import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type { CheckoutPlan } from "../../../modules/pos/checkout-journal"
import type PosModuleService from "../../../modules/pos/service"
import { INSTANCE_ID, LEASE_SECONDS } from "@kassa/core/kit"

/**
 * Takes the checkout's idempotency key, leased to this instance, and with it the checkout's
 * journal: the ids of the order, payment collection and fulfilment it is about to write, so
 * that recovery can find and undo each of them after a crash (sale/checkout-recovery.ts). The
 * key is unique in the database, so of two identical requests only one gets it; the other is
 * refused here, and the route answers it from the key (the same sale, or a 409). A failed
 * checkout gives the key back.
 */
export const claimCheckoutKeyStep = createStep(
  "kassa-pos-claim-checkout-key",
  async (input: { key: string; ticket_id: string; request_hash: string; methods: string[] }, { container }) => {
    const plan: CheckoutPlan = {
      order_id: generateEntityId(undefined, "order"),
      collection_id: generateEntityId(undefined, "pay_col"),
      fulfillment_id: generateEntityId(undefined, "ful"),
      methods: input.methods,
    }
    const { methods: _, ...claim } = input
    const id = await container
      .resolve<PosModuleService>(POS_MODULE)
      .claimCheckoutKey({ ...claim, owner: INSTANCE_ID, lease_seconds: LEASE_SECONDS, plan })
    if (!id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A checkout with the key ${input.key} is already under way`)
    return new StepResponse({ id, plan }, id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PosModuleService>(POS_MODULE).releaseCheckoutKey(id, INSTANCE_ID)
  }
)
