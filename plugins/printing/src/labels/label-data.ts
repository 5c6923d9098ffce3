import { toCentavos } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, QueryContext } from "@medusajs/framework/utils"

/** What one label shows. */
export type Label = {
  variant_id: string
  code: string
  /** The product's brand: metadata.brand, else its subtitle (where the demo catalogue keeps it). */
  brand: string | null
  title: string
  /** The variant's option values ("256GB / Black"); empty for a product's only variant. */
  options: string
  /** The shelf price at the branch ("PHP 1,299.00"), null when the variant has none there. */
  price: string | null
}

/** The most labels one request renders (a PDF of this many pages is about 1 MB). */
export const MAX_LABELS = 1000

/** Which labels, how many of each: variants with quantities, or every variant of some products. */
export type LabelRequest = { items: { variant_id: string; quantity: number }[] } | { product_ids: string[]; quantity: number }

type VariantRow = {
  id: string
  product_id: string
  barcode: string | null
  options?: { value: string; option?: { title: string } | null }[]
  product: { title: string; subtitle: string | null; metadata: Record<string, unknown> | null }
  calculated_price?: { calculated_amount: number | string | null; currency_code: string | null } | null
}

/** "PHP 1,299.50": the code, not "₱", since the PDF's standard fonts and printers' code pages lack it. */
export function formatPrice(amount: number | string, currencyCode: string) {
  const centavos = toCentavos(amount)
  const whole = Math.floor(Math.abs(centavos) / 100).toLocaleString("en-US")
  return `${centavos < 0 ? "-" : ""}${currencyCode.toUpperCase()} ${whole}.${String(Math.abs(centavos) % 100).padStart(2, "0")}`
}

/**
 * The region a branch prices in: the store's default region, as at the counter (Kassa's
 * branches sell in one country). Null when the store has none: labels then carry no price.
 */
async function branchRegion(container: MedusaContainer) {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_region_id"] })
  if (!store?.default_region_id) return null
  const region = await container.resolve(Modules.REGION).retrieveRegion(store.default_region_id, { select: ["id", "currency_code"] })
  return { region_id: region.id, currency_code: region.currency_code }
}

/**
 * The labels asked for, in the order asked (a product's variants in their own order), each
 * repeated `quantity` times. A variant that does not exist, or has no barcode, is a 400 naming
 * it: a label without a code cannot be scanned.
 */
export async function labelsFor(container: MedusaContainer, request: LabelRequest): Promise<Label[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const region = await branchRegion(container)
  const byProducts = "product_ids" in request
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "product_id",
      "barcode",
      "variant_rank",
      "options.value",
      "options.option.title",
      "product.title",
      "product.subtitle",
      "product.metadata",
      ...(region ? ["calculated_price.calculated_amount", "calculated_price.currency_code"] : []),
    ],
    filters: byProducts ? { product_id: request.product_ids } : { id: request.items.map((i) => i.variant_id) },
    ...(region ? { context: { calculated_price: QueryContext(region) } } : {}),
  })
  const rows = data as unknown as (VariantRow & { variant_rank?: number | null })[]
  const wanted: { row: VariantRow; quantity: number }[] = []
  if (byProducts) {
    const found = new Set(rows.map((r) => r.product_id))
    const missing = request.product_ids.filter((id) => !found.has(id))
    if (missing.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `No variants found for product(s) ${missing.join(", ")}`)
    for (const productId of request.product_ids) {
      rows
        .filter((r) => r.product_id === productId)
        .sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0) || a.id.localeCompare(b.id))
        .forEach((row) => wanted.push({ row, quantity: request.quantity }))
    }
  } else {
    const byId = new Map(rows.map((r) => [r.id, r]))
    const missing = request.items.filter((i) => !byId.has(i.variant_id)).map((i) => i.variant_id)
    if (missing.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `No variant ${missing.join(", ")}`)
    for (const item of request.items) wanted.push({ row: byId.get(item.variant_id)!, quantity: item.quantity })
  }
  const uncoded = [...new Set(wanted.filter((w) => !w.row.barcode).map((w) => w.row.id))]
  if (uncoded.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Variant(s) without a barcode cannot be labelled: ${uncoded.join(", ")}`)
  const total = wanted.reduce((sum, w) => sum + w.quantity, 0)
  if (total > MAX_LABELS) throw new MedusaError(MedusaError.Types.INVALID_DATA, `That is ${total} labels: at most ${MAX_LABELS} at a time`)
  const alone = await onlyVariants(container, [...new Set(wanted.map((w) => w.row.product_id))])
  return wanted.flatMap(({ row, quantity }) => Array.from({ length: quantity }, () => labelOf(row, region?.currency_code, alone.has(row.product_id))))
}

/** The products among these that have one variant: its options ("Standard") say nothing on a label. */
async function onlyVariants(container: MedusaContainer, productIds: string[]) {
  const variants = await container.resolve(Modules.PRODUCT).listProductVariants({ product_id: productIds }, { select: ["product_id"], take: null })
  const counts = new Map<string, number>()
  for (const v of variants) counts.set(v.product_id!, (counts.get(v.product_id!) ?? 0) + 1)
  return new Set(productIds.filter((id) => (counts.get(id) ?? 0) <= 1))
}

function labelOf(row: VariantRow, currencyCode: string | undefined, onlyVariant: boolean): Label {
  const brand = typeof row.product.metadata?.brand === "string" ? row.product.metadata.brand : row.product.subtitle
  const amount = row.calculated_price?.calculated_amount
  return {
    variant_id: row.id,
    code: row.barcode!,
    brand: brand || null,
    title: row.product.title,
    options: onlyVariant ? "" : (row.options ?? []).map((o) => o.value).join(" / "),
    price: amount == null || !currencyCode ? null : formatPrice(amount, row.calculated_price?.currency_code ?? currencyCode),
  }
}
