import type { MedusaContainer } from "@medusajs/framework/types"
import type { SettledTender } from "./settle-tenders"

/** `sold_by`: the user id of the staff member credited with the sale; `currency_code`: the sale's. */
type TenderContext = { container: MedusaContainer; customer_id: string | null; stock_location_id: string; currency_code: string; total: number; sold_by: string }

/**
 * Another plugin's tender (installment, store credit, points, gift card): checked before
 * anything is written, then its own work inside the checkout once the order is paid, undone by
 * `compensate` (with what `capture` returned) if a later step fails.
 */
export type TenderDefinition = {
  id: string
  label: string
  /** The Kassa plugin whose per-branch switch offers this tender; none: every branch. */
  plugin?: string
  /**
   * The customer does not leave with the goods yet (an installment awaiting approval): the
   * checkout takes the stock and records the paid order but does not fulfil it. The plugin
   * later runs releasePosSaleWorkflow, or cancelPosSaleWorkflow to undo the sale.
   */
  holdsGoods?: boolean
  validate?: (tender: SettledTender, context: TenderContext) => Promise<void> | void
  capture?: (tender: SettledTender & { payment_id: string }, context: TenderContext & { order_id: string }) => Promise<unknown>
  compensate?: (captured: unknown, context: { container: MedusaContainer }) => Promise<void>
  /**
   * The sale is voided (cancelPosSaleWorkflow): undo what `capture` did for good. Called again for
   * a void (or checkout) that a crash interrupted and recovery finishes: a second call is a no-op.
   */
  reverse?: (context: { container: MedusaContainer; order_id: string; reason: string }) => Promise<void>
  /**
   * A return or an exchange may pay back in this tender (store credit: the refund becomes credit
   * on the customer's account). `validate` runs before anything is written; `pay` runs after
   * Medusa's refund is recorded on the sale's payments, and again when recovery finishes an
   * interrupted return: it must do its work once per `return_number`.
   */
  refund?: {
    validate?: (context: RefundContext) => Promise<void> | void
    /** `created_by`: the user giving the refund. */
    pay: (context: RefundContext & { return_number: string; created_by: string }) => Promise<void>
  }
  /**
   * Rows printed under this tender on the sale's receipt (e.g. the store credit left after the
   * sale): amounts as two-decimal strings of the sale's currency. Must say the same on a reprint.
   */
  receiptRows?: (context: { container: MedusaContainer; order_id: string; customer_id: string | null; currency_code: string }) => Promise<{ label: string; amount: string }[]>
}

/** A refund paid back in a plugin's tender: `amount` a two-decimal string of the sale's currency ("1299.50"). */
export type RefundContext = { container: MedusaContainer; order_id: string; customer_id: string | null; stock_location_id: string; currency_code: string; amount: string }

const KEY = Symbol.for("kassa.pos.tenders")
const tenders: Map<string, TenderDefinition> = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Map<string, TenderDefinition>

/**
 *   defineTender({ id: "store_credit", label: "Store credit",
 *     validate: async (t, { container, customer_id }) => { … enough balance? … },
 *     capture: async (t, { container, order_id }) => debitId,
 *     compensate: async (debitId, { container }) => { … } })
 */
export function defineTender(definition: TenderDefinition) {
  tenders.set(definition.id, definition)
  return definition
}

export const pluginTender = (id: string) => tenders.get(id)

export const pluginTenders = () => [...tenders.values()]
