import type { MedusaContainer } from "@medusajs/framework/types"
import { recordCheckoutStock, type CheckoutStock } from "../modules/pos/checkout-journal"
import type { StockItem } from "../scan/find-variants"
import { giveBackStock, takeStock } from "../workflows/checkout/steps/take-stock"

type SaleLine = { variant_id: string; quantity: number; title: string; stock_items?: StockItem[] | null }

/**
 * Takes a checkout's units off the branch's stock (takeStock: its row locks, its refusal when
 * short) and records them in the checkout's journal `id`, held by `owner`, in the levels' own
 * transaction: a crash can leave no checkout whose stock moved without its journal saying so,
 * or the other way round.
 */
export async function takeJournaledStock(
  container: MedusaContainer,
  { id, owner, location, lines, allowNegative, branchName }: { id: string; owner: string; location: string; lines: SaleLine[]; allowNegative: boolean; branchName: string }
): Promise<CheckoutStock> {
  let stock: CheckoutStock = { location, needs: [] }
  await takeStock(container, {
    location,
    lines,
    allowNegative,
    branchName,
    alongside: async (trx, needs) => {
      stock = { location, needs }
      await recordCheckoutStock(trx, id, owner, stock)
    },
  })
  return stock
}

/** Puts a checkout's units back and clears them from its journal, in one transaction. */
export async function giveBackJournaledStock(container: MedusaContainer, { id, owner, stock }: { id: string; owner: string; stock: CheckoutStock }) {
  await giveBackStock(container, stock.location, stock.needs, (trx) => recordCheckoutStock(trx, id, owner, null))
}
