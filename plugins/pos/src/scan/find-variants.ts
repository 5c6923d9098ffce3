import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, QueryContext } from "@medusajs/framework/utils"

export type ScannedVariant = {
  id: string
  title: string
  sku: string | null
  barcode: string | null
  options: Record<string, string>
  product: { id: string; title: string; thumbnail: string | null }
  /** What the customer pays at this branch: the region's price, price lists applied. */
  price: { amount: number; original_amount: number; currency_code: string; tax_inclusive: boolean } | null
  /** Units that can be sold now at the branch's stock location; null when stock is not tracked. */
  available: number | null
  /** The inventory items one unit takes ([] when stock is not tracked). */
  stock_items: StockItem[]
  /** Serialized products need a serial number per unit sold (product metadata `kassa_serialized`). */
  serialized: boolean
}

export type StockItem = { inventory_item_id: string; required_quantity: number }

type Row = {
  id: string
  title: string
  sku: string | null
  barcode: string | null
  manage_inventory: boolean
  options?: { value: string; option?: { title: string } }[]
  product: { id: string; title: string; thumbnail: string | null; metadata: Record<string, unknown> | null }
  calculated_price?: {
    calculated_amount: number | null
    original_amount: number | null
    currency_code: string | null
    is_calculated_price_tax_inclusive: boolean
  }
  inventory_items?: {
    inventory_item_id: string
    required_quantity: number
    inventory?: { location_levels?: { location_id: string; stocked_quantity: number; reserved_quantity: number }[] }
  }[]
}

/** Variant ids whose barcode, EAN, UPC or SKU is exactly `code` (SKUs in any letter case). */
export async function variantIdsByCode(scope: MedusaContainer, code: string) {
  const products = scope.resolve(Modules.PRODUCT)
  const variants = await products.listProductVariants(
    { $or: [{ barcode: code }, { ean: code }, { upc: code }, { sku: code }, { sku: code.toUpperCase() }] },
    { select: ["id"], take: 20 }
  )
  return variants.map((v) => v.id)
}

/** Variant ids matching a search text in their title, SKU, codes or their product's title. */
export async function variantIdsBySearch(scope: MedusaContainer, text: string, limit: number) {
  const variants = await scope.resolve(Modules.PRODUCT).listProductVariants({ q: text }, { select: ["id"], take: limit })
  return variants.map((v) => v.id)
}

/**
 * Price (for the region, tax-inclusive where the region says so) and stock at one location,
 * in one query. A variant made of several inventory items sells as many as its scarcest allows.
 */
export async function describeVariants(
  scope: MedusaContainer,
  ids: string[],
  { regionId, currencyCode, locationId }: { regionId: string; currencyCode: string; locationId: string }
): Promise<ScannedVariant[]> {
  if (!ids.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id", "title", "sku", "barcode", "manage_inventory", "options.value", "options.option.title",
      "product.id", "product.title", "product.thumbnail", "product.metadata", "calculated_price.*",
      "inventory_items.inventory_item_id", "inventory_items.required_quantity", "inventory_items.inventory.location_levels.location_id",
      // available_quantity is computed by the inventory service, not stored: derive it here.
      "inventory_items.inventory.location_levels.stocked_quantity",
      "inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: ids },
    context: { calculated_price: QueryContext({ region_id: regionId, currency_code: currencyCode }) },
  })
  const rows = data as unknown as Row[]
  const order = new Map(ids.map((id, i) => [id, i]))
  return rows
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map((v) => ({
      id: v.id,
      title: v.title,
      sku: v.sku,
      barcode: v.barcode,
      options: Object.fromEntries((v.options ?? []).map((o) => [o.option?.title ?? "", o.value])),
      product: { id: v.product.id, title: v.product.title, thumbnail: v.product.thumbnail },
      price:
        v.calculated_price?.calculated_amount == null
          ? null
          : {
              amount: v.calculated_price.calculated_amount,
              original_amount: v.calculated_price.original_amount ?? v.calculated_price.calculated_amount,
              currency_code: v.calculated_price.currency_code ?? currencyCode,
              tax_inclusive: v.calculated_price.is_calculated_price_tax_inclusive,
            },
      available: v.manage_inventory ? availableAt(v.inventory_items ?? [], locationId) : null,
      stock_items: v.manage_inventory
        ? (v.inventory_items ?? []).map((i) => ({ inventory_item_id: i.inventory_item_id, required_quantity: Number(i.required_quantity) || 1 }))
        : [],
      serialized: v.product.metadata?.kassa_serialized === true,
    }))
}

function availableAt(items: NonNullable<Row["inventory_items"]>, locationId: string) {
  if (!items.length) return 0
  return Math.min(
    ...items.map((item) => {
      const level = item.inventory?.location_levels?.find((l) => l.location_id === locationId)
      const available = level ? Number(level.stocked_quantity) - Number(level.reserved_quantity) : 0
      return Math.floor(Math.max(available, 0) / (item.required_quantity || 1))
    })
  )
}
