import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTANCE_ID } from "@kassa/core/kit"
import { giveBackJournaledStock, takeJournaledStock } from "../../../sale/journaled-stock"
import type { SaleContext } from "./load-sale"

/**
 * The sale's units off the branch's stock, or a 409 naming what is missing; the checkout's
 * journal records them in the same transaction, so recovery gives back exactly what was taken.
 */
export const takeSaleStockStep = createStep(
  "kassa-pos-take-stock",
  async ({ sale, journal_id }: { sale: SaleContext; journal_id: string }, { container }) => {
    const stock = await takeJournaledStock(container, {
      id: journal_id,
      owner: INSTANCE_ID,
      location: sale.ticket.stock_location_id,
      lines: sale.ticket.lines,
      allowNegative: sale.branch.allow_negative_stock,
      branchName: sale.branch.name,
    })
    return new StepResponse(stock.needs, { journal_id, stock })
  },
  async (taken, { container }) => {
    if (taken?.stock.needs.length) await giveBackJournaledStock(container, { id: taken.journal_id, owner: INSTANCE_ID, stock: taken.stock })
  }
)
