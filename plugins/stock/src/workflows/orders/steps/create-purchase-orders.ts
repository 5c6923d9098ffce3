import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_MODULE } from "../../../modules/stock"
import { purchaseOrderNumber } from "../../../modules/stock/documents"
import type StockModuleService from "../../../modules/stock/service"

type VariantRow = { id: string; title: string | null; sku: string | null; product?: { title: string } | null }

/**
 * Turns the caller's reorder list at a branch into draft purchase orders, one per supplier (and
 * currency) for that destination, each line at the supplier's cost. A line names its supplier,
 * or its variant has exactly one that is not archived; otherwise nothing is ordered and the 400
 * names the lines to settle. The list's lines are taken off. Undo deletes the orders (their
 * numbers stay used: a series never repeats) and puts the lines back.
 */
export const createPurchaseOrdersStep = createStep(
  "kassa-stock-create-purchase-orders",
  async (input: { user_id: string; location_id: string }, { container }) => {
    const stock = container.resolve<StockModuleService>(STOCK_MODULE)
    const lines = await stock.listStockReorderLines({ user_id: input.user_id, location_id: input.location_id })
    if (!lines.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Your reorder list at this branch is empty")
    const variantIds = lines.map((l) => l.variant_id)
    const supplies = (await stock.listStockSupplierVariants({ variant_id: variantIds }, { relations: ["supplier"] })).filter((s) => !s.supplier.archived_at)

    const unsettled: string[] = []
    const chosen = lines.map((line) => {
      const options = supplies.filter((s) => s.variant_id === line.variant_id && (!line.supplier_id || s.supplier.id === line.supplier_id))
      if (options.length !== 1) unsettled.push(`${line.variant_id} (${options.length ? "several suppliers: choose one" : "no supplier"})`)
      return { line, supply: options[0] }
    })
    if (unsettled.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Choose a supplier for: ${unsettled.join(", ")}`)

    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_variant",
      fields: ["id", "title", "sku", "product.title"],
      filters: { id: variantIds },
    })
    const variants = new Map((data as VariantRow[]).map((v) => [v.id, v]))

    const groups = new Map<string, typeof chosen>()
    for (const c of chosen) {
      const key = `${c.supply.supplier.id}:${c.supply.currency_code}`
      groups.set(key, [...(groups.get(key) ?? []), c])
    }
    const year = new Date().getUTCFullYear()
    const created: string[] = []
    try {
      for (const group of groups.values()) {
        const number = purchaseOrderNumber(year, await stock.nextDocumentNumber("PO", year))
        const po = await stock.createStockPurchaseOrders({
          number,
          supplier_id: group[0].supply.supplier.id,
          location_id: input.location_id,
          currency_code: group[0].supply.currency_code,
          created_by: input.user_id,
        })
        created.push(po.id)
        await stock.createStockPurchaseOrderLines(
          group.map(({ line, supply }) => {
            const v = variants.get(line.variant_id)
            return {
              purchase_order: po.id,
              variant_id: line.variant_id,
              title: [v?.product?.title, v?.title].filter(Boolean).join(" — ") || line.variant_id,
              sku: v?.sku ?? null,
              supplier_sku: supply.supplier_sku,
              quantity: line.quantity,
              unit_cost: supply.cost,
            }
          })
        )
      }
      await stock.softDeleteStockReorderLines(lines.map((l) => l.id))
    } catch (e) {
      if (created.length) await stock.deleteStockPurchaseOrders(created)
      throw e
    }
    return new StepResponse(created, { created, lines: lines.map((l) => l.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const stock = container.resolve<StockModuleService>(STOCK_MODULE)
    await stock.deleteStockPurchaseOrders(undo.created)
    await stock.restoreStockReorderLines(undo.lines)
  }
)
