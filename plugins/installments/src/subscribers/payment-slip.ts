import { emitDocumentReady } from "@kassa/core/kit"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { paymentSlip } from "../slips/payment-slip"
import { INSTALLMENT_PAYMENT_RECORDED } from "../workflows/collections/workflows/collect-payment"

/**
 * A payment collected on a plan: its slip is offered to whatever prints for the store (a printer
 * routed to `installment_slip` at the collecting branch, or for the collector's role). The payment
 * stands whatever happens here: a failure is logged.
 */
export default async function installmentPaymentSlip({ event, container }: SubscriberArgs<{ id: string; plan_id: string; receipt_number: string }>) {
  try {
    const slip = await paymentSlip(container, { plan_id: event.data.plan_id, payment_id: event.data.id })
    if (!slip) return
    await emitDocumentReady(container, {
      task: "installment_slip",
      stock_location_id: slip.stock_location_id,
      register_id: null,
      staff_id: slip.staff_id,
      reference: slip.receipt_number,
      lines: slip.lines,
    })
  } catch (e) {
    container.resolve<Logger>(ContainerRegistrationKeys.LOGGER).warn(`Installments: the slip of payment ${event.data.receipt_number} was not offered to a printer (${(e as Error).message})`)
  }
}

export const config: SubscriberConfig = { event: INSTALLMENT_PAYMENT_RECORDED }
