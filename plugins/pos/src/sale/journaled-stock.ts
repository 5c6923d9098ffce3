import { asValue } from "@medusajs/framework/awilix"
import type { IInventoryService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { recordCheckoutStock, type CheckoutStock } from "../modules/pos/checkout-journal"
import { giveBackStock, stockNeeds, takeStock } from "../workflows/checkout/steps/take-stock"
import type { StockItem } from "../scan/find-variants"

type Executes = { execute(sql: string, params: unknown[]): Promise<unknown> }
// The module's own transaction runner (every Medusa module service has one); not in its interface.
type Transactional = { baseRepository_: { transaction<T>(task: (manager: Executes) => Promise<T>): Promise<T> } }

/**
 * A scope of `container` in which each write of stock levels (takeStock, giveBackStock) also
 * runs `alongside` in its transaction: what a checkout's journal records about its stock then
 * commits or rolls back with the stock itself. A crash can leave no checkout whose stock moved
 * without its journal saying so, or the other way round; `alongside` failing leaves the stock as it was.
 */
function withStockJournal(container: MedusaContainer, alongside: (manager: Executes) => Promise<void>): MedusaContainer {
  const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
  const { baseRepository_: repository } = inventory as unknown as Transactional
  const journaled: IInventoryService = Object.create(inventory, {
    updateInventoryLevels: {
      value: (data: Parameters<IInventoryService["updateInventoryLevels"]>[0]) =>
        repository.transaction(async (transactionManager) => {
          const updated = await inventory.updateInventoryLevels(data as never, { transactionManager })
          await alongside(transactionManager)
          return updated
        }),
    },
  })
  const scope = container.createScope()
  scope.register(Modules.INVENTORY, asValue(journaled))
  return scope as MedusaContainer
}

type SaleLine = { variant_id: string; quantity: number; title: string; stock_items?: StockItem[] | null }

/**
 * Takes a checkout's units off the branch's stock (takeStock: its lock, its refusal when short)
 * and records them in the checkout's journal `id`, held by `owner`, in the same transaction.
 * takeStock is given the needs themselves as lines (one unit of each item per unit), so it
 * takes exactly what the journal records.
 */
export async function takeJournaledStock(
  container: MedusaContainer,
  { id, owner, location, lines, allowNegative, branchName }: { id: string; owner: string; location: string; lines: SaleLine[]; allowNegative: boolean; branchName: string }
): Promise<CheckoutStock> {
  const stock = { location, needs: await stockNeeds(container, lines) }
  const asLines = stock.needs.map((n) => ({ variant_id: n.inventory_item_id, quantity: n.quantity, title: n.title, stock_items: [{ inventory_item_id: n.inventory_item_id, required_quantity: 1 }] }))
  await takeStock(withStockJournal(container, (manager) => recordCheckoutStock(manager, id, owner, stock)), { location, lines: asLines, allowNegative, branchName })
  return stock
}

/** Puts a checkout's units back and clears them from its journal, in one transaction. */
export async function giveBackJournaledStock(container: MedusaContainer, { id, owner, stock }: { id: string; owner: string; stock: CheckoutStock }) {
  await giveBackStock(withStockJournal(container, (manager) => recordCheckoutStock(manager, id, owner, null)), stock.location, stock.needs)
}
