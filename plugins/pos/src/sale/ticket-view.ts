import { DEFAULT_COUNTRY } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"
import { money, num } from "./money"
import { branchSiteAt } from "./branch-site"
import { lineForPricing, lineGoods, priceTicket } from "./price-ticket"

/**
 * A ticket as the counter and the customer display show it: its lines with what each costs
 * after discounts and promotions, and the totals the checkout will charge.
 */
export async function ticketView(scope: MedusaContainer, id: string) {
  const pos: PosModuleService = scope.resolve(POS_MODULE)
  const ticket = await pos.retrieveTicket(id, { relations: ["lines"] })
  const address = (await branchSiteAt(scope, ticket.stock_location_id))?.address ?? { country_code: DEFAULT_COUNTRY }
  const lines = [...ticket.lines].sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at))
  const priced = await priceTicket(
    scope,
    {
      ...ticket,
      promo_codes: (ticket.promo_codes ?? []) as string[],
      discount_value: ticket.discount_value == null ? null : num(ticket.discount_value),
      lines: lines.map(lineForPricing),
    },
    { address }
  )
  const t = priced.totals
  return {
    id: ticket.id,
    status: ticket.status,
    stock_location_id: ticket.stock_location_id,
    register_id: ticket.register_id,
    opened_by: ticket.opened_by,
    sales_agent_id: ticket.sales_agent_id,
    customer_id: ticket.customer_id,
    currency_code: ticket.currency_code,
    promo_codes: ticket.promo_codes ?? [],
    discount: ticket.discount_type ? { type: ticket.discount_type, value: num(ticket.discount_value) } : null,
    note: ticket.note,
    order_id: ticket.order_id,
    receipt_number: ticket.receipt_number,
    lines: lines.map((l) => {
      const item = priced.items.find((i) => i.line_id === l.id)!
      const totals = priced.line_totals[l.id]
      return {
        ...lineGoods(l),
        unit_price: money(l.unit_price),
        price: money(item.unit_price),
        override: l.override_price == null ? null : { price: money(l.override_price), reason: l.override_reason, by: l.override_by },
        discount: l.discount_type ? { type: l.discount_type, value: num(l.discount_value) } : null,
        adjustments: item.adjustments.map((a) => ({ code: a.code, amount: money(a.amount) })),
        requires_serial: l.requires_serial,
        serial_numbers: l.serial_numbers ?? [],
        total: money(totals?.total ?? 0),
      }
    }),
    promotions: priced.promotions,
    totals: {
      subtotal: money(t.subtotal),
      discount_total: money(t.discount_total),
      tax_total: money(t.tax_total),
      total: money(t.total),
      items: lines.reduce((n, l) => n + l.quantity, 0),
    },
  }
}
