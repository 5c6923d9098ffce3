import { emitDocumentReady } from "@kassa/core/kit"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { preorderSlip } from "../slips/preorder-slip"
import { PREORDER_PAYMENTS_RECORDED } from "../workflows/preorders/events"

/**
 * Money in or out of a pre-order: each payment's slip is offered to whatever prints for the store
 * (a printer routed to `preorder_slip` at that branch). The payment stands whatever happens here.
 */
export default async function preorderPaymentSlip({ event, container }: SubscriberArgs<{ preorder_id: string; receipt_numbers: string[] }>) {
  for (const receipt_number of event.data.receipt_numbers) {
    try {
      const slip = await preorderSlip(container, { preorder_id: event.data.preorder_id, receipt_number })
      if (!slip) continue
      await emitDocumentReady(container, { task: "preorder_slip", stock_location_id: slip.stock_location_id, register_id: null, staff_id: slip.staff_id, reference: receipt_number, lines: slip.lines })
    } catch (e) {
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Pre-orders: the slip of ${receipt_number} was not offered to a printer (${(e as Error).message})`)
    }
  }
}

export const config: SubscriberConfig = { event: PREORDER_PAYMENTS_RECORDED }
