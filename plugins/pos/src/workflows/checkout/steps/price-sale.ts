import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { tendersAt } from "../../../sale/branch-tenders"
import { priceTicket } from "../../../sale/price-ticket"
import type { PricedTicket } from "../../../sale/price-ticket"
import { SettledTender, settleTenders, TenderInput } from "../../../sale/settle-tenders"
import { saleHooks } from "../../../sale/sale-hooks"
import { pluginTender } from "../../../sale/tender-registry"
import type { SaleContext } from "./load-sale"
import { saleHookContext } from "./sale-hooks"

/** `holds_goods`: a tender keeps the goods at the store (no fulfilment until it releases them). */
export type PricedSale = { priced: PricedTicket; tenders: SettledTender[]; change: number; holds_goods: boolean }

/** Prices the ticket as Medusa would a cart and settles the tenders the branch takes against the total. */
export const priceSaleStep = createStep(
  "kassa-pos-price-sale",
  async ({ sale, tenders }: { sale: SaleContext; tenders: TenderInput[] }, { container }) => {
    const [priced, offered] = await Promise.all([
      priceTicket(container, sale.ticket, { address: sale.branch.address, configVersion: sale.config_version }),
      tendersAt(container, sale.ticket.stock_location_id, sale.branch.other_tenders),
    ])
    const settled = settleTenders(priced.totals.total, tenders, new Map(offered.map((t) => [t.id, t.label])))
    for (const t of settled.tenders) {
      await pluginTender(t.method)?.validate?.(t, {
        container,
        customer_id: sale.ticket.customer_id,
        stock_location_id: sale.ticket.stock_location_id,
        currency_code: sale.ticket.currency_code,
        total: priced.totals.total,
        sold_by: sale.agent.user_id,
      })
    }
    for (const hook of saleHooks()) await hook.validate?.(saleHookContext(container, sale, priced))
    const holds_goods = settled.tenders.some((t) => offered.find((o) => o.id === t.method)?.holds_goods)
    return new StepResponse<PricedSale>({ priced, ...settled, holds_goods })
  }
)
