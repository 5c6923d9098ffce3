import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type { CheckoutPlan } from "../../../modules/pos/checkout-journal"
import type PosModuleService from "../../../modules/pos/service"
import { INSTANCE_ID, LEASE_SECONDS } from "@kassa/core/kit"
import { giveBackJournaledStock } from "../../../sale/journaled-stock"
import { pluginTender } from "../../../sale/tender-registry"
import { withdrawFulfillment } from "./fulfill-sale"

/**
 * Undoes a checkout that a crash (or a failed compensation) left pending, from its journal:
 * the checkout's own compensations in the same order, each keyed by the ids it planned, so
 * that each is a no-op when the record was never written or is already gone. Taking the key
 * over first (only once its lease expired) keeps a live instance's checkout out of reach and
 * two recoveries apart; the key is released last, so a recovery that dies half-way is run
 * again by the next one, and the client's retry with the same key then runs the sale anew.
 * Returns whether it undid anything (false: the checkout finished, or is leased).
 */
export const undoInterruptedCheckoutStep = createStep("kassa-pos-undo-interrupted-checkout", async ({ id }: { id: string }, { container }) => {
  const pos: PosModuleService = container.resolve(POS_MODULE)
  const journal = await pos.takeOverCheckout(id, INSTANCE_ID, LEASE_SECONDS)
  if (!journal) return new StepResponse(false)
  if (journal.plan) await undoPlanned(container, journal.plan)
  if (journal.stock) await giveBackJournaledStock(container, { id, owner: INSTANCE_ID, stock: journal.stock })
  await pos.releaseCheckoutKey(id, INSTANCE_ID)
  return new StepResponse(true)
})

async function undoPlanned(container: MedusaContainer, plan: CheckoutPlan) {
  for (const method of plan.methods) {
    await pluginTender(method)?.reverse?.({ container, order_id: plan.order_id, reason: "checkout interrupted" })
  }
  await container.resolve(ContainerRegistrationKeys.LINK).dismiss([
    { [Modules.ORDER]: { order_id: plan.order_id }, [Modules.FULFILLMENT]: { fulfillment_id: plan.fulfillment_id } },
    { [Modules.ORDER]: { order_id: plan.order_id }, [Modules.PAYMENT]: { payment_collection_id: plan.collection_id } },
  ])
  const fulfillments = container.resolve(Modules.FULFILLMENT)
  const [fulfillment] = await fulfillments.listFulfillments({ id: plan.fulfillment_id }, { select: ["id", "canceled_at"] })
  if (fulfillment) {
    if (!fulfillment.canceled_at) await withdrawFulfillment(container, fulfillment.id)
    await fulfillments.deleteFulfillment(fulfillment.id)
  }
  const orders = container.resolve(Modules.ORDER)
  if ((await orders.listOrders({ id: plan.order_id }, { select: ["id"] })).length) await orders.deleteOrders([plan.order_id])
  const payments = container.resolve(Modules.PAYMENT)
  if ((await payments.listPaymentCollections({ id: plan.collection_id }, { select: ["id"] })).length) {
    await payments.deletePaymentCollections([plan.collection_id])
  }
}
