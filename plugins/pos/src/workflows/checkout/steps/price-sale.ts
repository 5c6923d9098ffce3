import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { priceTicket } from "../../../sale/price-ticket"
import type { PricedTicket } from "../../../sale/price-ticket"
import { SettledTender, settleTenders, TenderInput } from "../../../sale/settle-tenders"
import { pluginTender, pluginTenders } from "../../../sale/tender-registry"
import type { SaleContext } from "./load-sale"

export type PricedSale = { priced: PricedTicket; tenders: SettledTender[]; change: number }

/** Prices the ticket as Medusa would a cart and settles the tenders against the total. */
export const priceSaleStep = createStep(
  "kassa-pos-price-sale",
  async ({ sale, tenders }: { sale: SaleContext; tenders: TenderInput[] }, { container }) => {
    const priced = await priceTicket(container, sale.ticket, { countryCode: sale.branch.country_code })
    const labels = new Map<string, string>([
      ["cash", "Cash"],
      ["card", "Card"],
      ...sale.branch.other_tenders.map((t) => [t.id, t.label] as [string, string]),
      ...pluginTenders().map((t) => [t.id, t.label] as [string, string]),
    ])
    const settled = settleTenders(priced.totals.total, tenders, labels)
    for (const t of settled.tenders) {
      await pluginTender(t.method)?.validate?.(t, {
        container,
        customer_id: sale.ticket.customer_id,
        stock_location_id: sale.ticket.stock_location_id,
        total: priced.totals.total,
      })
    }
    return new StepResponse<PricedSale>({ priced, ...settled })
  }
)
