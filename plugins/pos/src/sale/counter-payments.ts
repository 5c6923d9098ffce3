import type { CreatePaymentCollectionDTO, MedusaContainer, PaymentCollectionDTO, PaymentDTO } from "@medusajs/framework/types"
import { generateEntityId, MathBN, Modules, PaymentCollectionStatus, PaymentSessionStatus } from "@medusajs/framework/utils"
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
  id: string
  amount: number
  currency_code: string
  provider_id: string
  data: Record<string, unknown>
  captured_at: Date
  payment_collection_id: string
  payment_session: Record<string, unknown>
  captures: { amount: number; created_by: string | null }[]
}
type WrittenPayment = PaymentDTO & { payment_session_id: string; captures: { id: string }[] }
// The payment module's record methods (MedusaService generates them; its interface does not list them).
type PaymentRecords = {
  createPayments(data: NewPayment[]): Promise<WrittenPayment[]>
  deletePayments(ids: string[]): Promise<void>
  deletePaymentSessions(ids: string[]): Promise<void>
}

/**
 * Records tenders as captured payments in Medusa's payment module: for each tender an authorised
 * session, a payment and its capture by the counter provider, in a new payment collection (or the
 * given one). Nothing is charged: the money changed hands at the counter, and the counter provider
 * answers "captured" to everything, so the records are written in one call (a new collection with
 * its payments, sessions and captures nested; or the payments into the given collection) instead
 * of session → authorise → capture per tender (~8 module round trips each: the costliest part of
 * a checkout in bench/pos). The ids are made here: the sessions need their collection's, and each
 * tender finds its payment by its own. A refund or a cancel later goes through the provider as usual.
 */
export async function recordCounterPayments(
  container: MedusaContainer,
  input: {
    collection_id?: string | null
    /** The id to give a new collection (a checkout chooses it beforehand, for its journal). */
    new_collection_id?: string
    currency_code: string
    total: number
    tenders: SettledTender[]
    created_by?: string | null
  }
): Promise<CounterPayments> {
  const payments = container.resolve(Modules.PAYMENT)
  const now = new Date()
  const paid = MathBN.sum(0, ...input.tenders.map((t) => t.amount))
  const settled = { status: PaymentCollectionStatus.COMPLETED, authorized_amount: paid, captured_amount: paid, completed_at: now }
  const collectionId = input.collection_id ?? input.new_collection_id ?? generateEntityId(undefined, "pay_col")
  const toWrite: NewPayment[] = input.tenders.map((t) => {
    const data = { kassa_tender: t.method, reference: t.reference }
    const amount = { amount: t.amount, currency_code: input.currency_code, provider_id: PROVIDER, data }
    return {
      id: generateEntityId(undefined, "pay"),
      ...amount,
      captured_at: now,
      payment_collection_id: collectionId,
      payment_session: { ...amount, payment_collection_id: collectionId, status: PaymentSessionStatus.AUTHORIZED, authorized_at: now },
      captures: [{ amount: t.amount, created_by: input.created_by ?? null }],
    }
  })
  const created: WrittenPayment[] = input.collection_id
    ? await (payments as unknown as PaymentRecords).createPayments(toWrite)
    : ((
        await payments.createPaymentCollections([
          { id: collectionId, currency_code: input.currency_code, amount: input.total, ...settled, payments: toWrite } as unknown as CreatePaymentCollectionDTO,
        ])
      )[0].payments as unknown as WrittenPayment[])
  const byId = new Map(created.map((p) => [p.id, p]))
  const written: CounterPayments = {
    collection_id: collectionId,
    created_collection: !input.collection_id,
    tenders: input.tenders.map((t, i) => {
      const payment = byId.get(toWrite[i].id)!
      return { ...t, payment_id: payment.id, capture_id: payment.captures[0]?.id ?? null }
    }),
    session_ids: toWrite.map((p) => byId.get(p.id)!.payment_session_id),
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
