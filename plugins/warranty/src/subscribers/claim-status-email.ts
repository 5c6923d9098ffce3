import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WARRANTY_CLAIM_STATUS_CHANGED, type ClaimStatusChanged } from "../events"
import { notifyClaimCustomerWorkflow } from "../workflows/notifications"

/** Tells the customer where their claim stands. A failed e-mail never undoes the status change. */
export default async function claimStatusEmail({ event, container }: SubscriberArgs<ClaimStatusChanged>) {
  try {
    await notifyClaimCustomerWorkflow(container).run({ input: event.data })
  } catch (e) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Warranty claim ${event.data.id}: the customer's e-mail was not sent: ${(e as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: WARRANTY_CLAIM_STATUS_CHANGED }
