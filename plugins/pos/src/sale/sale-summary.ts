import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"
import { goodsHeld } from "./goods-held"
import { money } from "./money"

type SummaryTender = {
  method: string
  amount: BigNumberInput
  tendered: BigNumberInput | null
  change: BigNumberInput | null
  reference: string | null
  card_last4: string | null
  approval_code: string | null
}

export type SaleFacts = {
  order_id: string
  ticket_id: string | null
  receipt_number: string | null
  stock_location_id: string | null
  completed_at: Date | string | null
  /** Paid but not handed over: a tender holds the goods (installment awaiting approval). */
  goods_held: boolean
  tenders: SummaryTender[]
}

/** A completed sale as the checkout answers it. */
export function summarizeSale(sale: SaleFacts) {
  return {
    ...sale,
    total: money(MathBN.sum(0, ...sale.tenders.map((t) => t.amount))),
    change: money(MathBN.sum(0, ...sale.tenders.map((t) => t.change ?? 0))),
    tenders: sale.tenders.map((t) => ({
      method: t.method,
      amount: money(t.amount),
      tendered: t.tendered == null ? null : money(t.tendered),
      change: t.change == null ? null : money(t.change),
      reference: t.reference,
      card_last4: t.card_last4,
      approval_code: t.approval_code,
    })),
  }
}

/** A completed sale read back (a retried checkout, a void, the customer display). */
export async function saleSummary(scope: MedusaContainer, orderId: string) {
  const pos: PosModuleService = scope.resolve(POS_MODULE)
  const [[ticket], tenders] = await Promise.all([
    pos.listTickets({ order_id: orderId }, { select: ["id", "receipt_number", "stock_location_id", "completed_at"] }),
    pos.listTenders({ order_id: orderId }, { order: { created_at: "ASC" } }),
  ])
  return summarizeSale({
    order_id: orderId,
    ticket_id: ticket?.id ?? null,
    receipt_number: ticket?.receipt_number ?? null,
    stock_location_id: ticket?.stock_location_id ?? null,
    completed_at: ticket?.completed_at ?? null,
    goods_held: await goodsHeld(scope, orderId, tenders.map((t) => t.method)),
    tenders,
  })
}
