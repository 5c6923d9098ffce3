import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SettledTender } from "../../../sale/settle-tenders"

export type CapturedTender = SettledTender & { payment_id: string; capture_id: string | null }

// Kassa's counter provider (providers/payment-counter): captured as it is authorised.
const PROVIDER = "pp_kassa-counter_counter"

/**
 * Records the tenders as captured payments through Medusa's payment module: one payment
 * collection for the order (linked to it, as the admin expects), one payment per tender, captured
 * by the counter provider as it is authorised, and the order's transactions so Medusa shows it paid. Nothing is charged here:
 * the money changed hands at the counter. Given `payment_collection_id` (the one Medusa opened for
 * an exchange's difference), it pays that collection instead of opening one.
 */
export const captureTendersStep = createStep(
  "kassa-pos-capture-tenders",
  async (
    input: { order_id: string; currency_code: string; total: number; tenders: SettledTender[]; payment_collection_id?: string | null },
    { container }
  ) => {
    const payments = container.resolve(Modules.PAYMENT)
    let undo: { collection_id: string; linked: Record<string, Record<string, string>> } | null = null
    let collectionId = input.payment_collection_id
    if (!collectionId) {
      const [collection] = await payments.createPaymentCollections([{ currency_code: input.currency_code, amount: input.total }])
      const linked = { [Modules.ORDER]: { order_id: input.order_id }, [Modules.PAYMENT]: { payment_collection_id: collection.id } }
      await container.resolve(ContainerRegistrationKeys.LINK).create(linked)
      collectionId = collection.id
      undo = { collection_id: collection.id, linked }
    }

    const captured: CapturedTender[] = []
    for (const t of input.tenders) {
      const session = await payments.createPaymentSession(collectionId, {
        provider_id: PROVIDER,
        currency_code: input.currency_code,
        amount: t.amount,
        data: { kassa_tender: t.method, reference: t.reference },
      })
      const payment = await payments.authorizePaymentSession(session.id, {})
      captured.push({ ...t, payment_id: payment!.id, capture_id: null })
    }
    const captures = (await payments.listCaptures({ payment_id: captured.map((t) => t.payment_id) }, { select: ["id", "payment_id"] })) as unknown as { id: string; payment_id: string }[]
    for (const t of captured) t.capture_id = captures.find((c) => c.payment_id === t.payment_id)?.id ?? null
    await container.resolve(Modules.ORDER).addOrderTransactions(
      captured.map((t) => ({
        order_id: input.order_id,
        amount: t.amount,
        currency_code: input.currency_code,
        reference: "capture",
        reference_id: t.capture_id ?? t.payment_id,
      }))
    )
    return new StepResponse(captured, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(undo.linked)
    await container.resolve(Modules.PAYMENT).deletePaymentCollections([undo.collection_id])
  }
)
