import type { CreatePaymentCollectionDTO, MedusaContainer, PaymentCollectionDTO, PaymentDTO } from "@medusajs/framework/types"
import { MathBN, Modules, PaymentCollectionStatus, PaymentSessionStatus } from "@medusajs/framework/utils"
import type { SettledTender } from "./settle-tenders"

export type CapturedTender = SettledTender & { payment_id: string; capture_id: string | null }

/** What recordCounterPayments wrote, for withdrawCounterPayments. */
export type CounterPayments = {
  collection_id: string
  /** The collection was opened for these payments (a sale), not given (an exchange's). */
  created_collection: boolean
  tenders: CapturedTender[]
  session_ids: string[]
}

// Kassa's counter provider (providers/payment-counter): refunds and cancels of these payments go through it.
const PROVIDER = "pp_kassa-counter_counter"

type NewPayment = {
  amount: number
  currency_code: string
  provider_id: string
  data: Record<string, unknown>
  captured_at: Date
  payment_collection_id: string
  payment_session: Record<string, unknown>
  captures: { amount: number; created_by: string | null }[]
}
// The payment module's record methods (MedusaService generates them; its interface does not list them).
type PaymentRecords = {
  createPayments(data: NewPayment[]): Promise<(PaymentDTO & { payment_session_id: string; captures: { id: string }[] })[]>
  deletePayments(ids: string[]): Promise<void>
  deletePaymentSessions(ids: string[]): Promise<void>
}

/**
 * Records tenders as captured payments in Medusa's payment module: a payment collection (or the
 * given one), and for each tender an authorised session, a payment and its capture by the
 * counter provider. Nothing is charged: the money changed hands at the counter, and the counter
 * provider answers "captured" to everything, so the records are written in two calls (the
 * collection, then the payments with their sessions and captures) instead of session →
 * authorise → capture per tender (~8 module round trips each: the costliest part of a checkout
 * in bench/pos). A refund or a cancel later goes through the provider as usual.
 */
export async function recordCounterPayments(
  container: MedusaContainer,
  input: { collection_id?: string | null; currency_code: string; total: number; tenders: SettledTender[]; created_by?: string | null }
): Promise<CounterPayments> {
  const payments = container.resolve(Modules.PAYMENT)
  const now = new Date()
  const paid = MathBN.sum(0, ...input.tenders.map((t) => t.amount))
  const settled = { status: PaymentCollectionStatus.COMPLETED, authorized_amount: paid, captured_amount: paid, completed_at: now }
  const collectionId =
    input.collection_id ??
    (await payments.createPaymentCollections([{ currency_code: input.currency_code, amount: input.total, ...settled } as CreatePaymentCollectionDTO]))[0].id
  const created = await (payments as unknown as PaymentRecords)
    .createPayments(
      input.tenders.map((t) => {
        const data = { kassa_tender: t.method, reference: t.reference }
        const amount = { amount: t.amount, currency_code: input.currency_code, provider_id: PROVIDER, data }
        return {
          ...amount,
          captured_at: now,
          payment_collection_id: collectionId,
          payment_session: { ...amount, payment_collection_id: collectionId, status: PaymentSessionStatus.AUTHORIZED, authorized_at: now },
          captures: [{ amount: t.amount, created_by: input.created_by ?? null }],
        }
      })
    )
    .catch(async (e) => {
      if (!input.collection_id) await payments.deletePaymentCollections([collectionId])
      throw e
    })
  const written: CounterPayments = {
    collection_id: collectionId,
    created_collection: !input.collection_id,
    tenders: input.tenders.map((t, i) => ({ ...t, payment_id: created[i].id, capture_id: created[i].captures[0]?.id ?? null })),
    session_ids: created.map((p) => p.payment_session_id),
  }
  if (input.collection_id) {
    await payments.updatePaymentCollections(input.collection_id, settled as Partial<PaymentCollectionDTO>).catch(async (e) => {
      await withdrawCounterPayments(container, written)
      throw e
    })
  }
  return written
}

/** The order's transactions for the captured tenders (what makes Medusa show it paid). */
export const captureTransactions = (currency_code: string, tenders: CapturedTender[]) =>
  tenders.map((t) => ({ amount: t.amount, currency_code, reference: "capture", reference_id: t.capture_id ?? t.payment_id }))

/** Takes back what recordCounterPayments wrote: its collection with everything in it, or its payments in a given one. */
export async function withdrawCounterPayments(container: MedusaContainer, written: CounterPayments) {
  const payments = container.resolve(Modules.PAYMENT)
  if (written.created_collection) return payments.deletePaymentCollections([written.collection_id])
  const records = payments as unknown as PaymentRecords
  await records.deletePayments(written.tenders.map((t) => t.payment_id))
  await records.deletePaymentSessions(written.session_ids)
}
