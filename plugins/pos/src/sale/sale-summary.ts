import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"
import { goodsHeld } from "./goods-held"
import { money } from "./money"

/** A completed sale as the checkout answers it (again, for a retry with the same key). */
export async function saleSummary(scope: MedusaContainer, orderId: string) {
  const pos: PosModuleService = scope.resolve(POS_MODULE)
  const [[ticket], tenders] = await Promise.all([
    pos.listTickets({ order_id: orderId }, { select: ["id", "receipt_number", "stock_location_id", "completed_at"] }),
    pos.listTenders({ order_id: orderId }, { order: { created_at: "ASC" } }),
  ])
  return {
    order_id: orderId,
    ticket_id: ticket?.id ?? null,
    receipt_number: ticket?.receipt_number ?? null,
    stock_location_id: ticket?.stock_location_id ?? null,
    completed_at: ticket?.completed_at ?? null,
    total: money(MathBN.sum(0, ...tenders.map((t) => t.amount))),
    change: money(MathBN.sum(0, ...tenders.map((t) => t.change ?? 0))),
    /** Paid but not handed over: a tender holds the goods (installment awaiting approval). */
    goods_held: await goodsHeld(scope, orderId, tenders.map((t) => t.method)),
    tenders: tenders.map((t) => ({
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
