import type { Link } from "@medusajs/framework/modules-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

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
  /** Why it cannot be sold (its product is archived or not published); null when it can. */
  not_for_sale: string | null
}

export type StockItem = { inventory_item_id: string; required_quantity: number }

/** A variant as the product module reads it (VARIANT_FIELDS, OPTION_FIELDS). */
export type VariantRow = {
  id: string
  title: string
  sku: string | null
  barcode: string | null
  ean?: string | null
  upc?: string | null
  manage_inventory: boolean
  updated_at?: Date | string
  options?: { value: string; option?: { title: string } }[]
  product: { id: string; title: string; thumbnail: string | null; status?: string; metadata: Record<string, unknown> | null; updated_at?: Date | string }
}

/** What a scan shows of a variant besides its price and stock: from the product module or the scan index. */
export type VariantFacts = Pick<ScannedVariant, "id" | "title" | "sku" | "barcode" | "options" | "product" | "serialized" | "not_for_sale"> & {
  manage_inventory: boolean
}

/**
 * Only a published product sells at the counter, as on the web store: a sold product "deleted"
 * is archived as a draft (core's archiveSoldProduct, which marks it kassa_archived_at), and a
 * draft, proposed or rejected product is not for sale yet. A published product sells whatever
 * its metadata says (publishing an archived product in Medusa's admin restores it). The sentence
 * the counter shows, or null when it sells. (`status` unknown: an old read, taken as published.)
 */
export function notForSale(product: { title: string }, status: string | undefined, archived: boolean): string | null {
  if (!status || status === "published") return null
  if (archived) return `${product.title} is archived: not for sale`
  return `${product.title} is not for sale: its product is ${status === "draft" ? "a draft" : status}, not published`
}

/** Refuses (400) a variant that is not for sale. */
export function refuseNotForSale(v: Pick<ScannedVariant, "not_for_sale">) {
  if (v.not_for_sale) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, v.not_for_sale)
}

const isArchived = (metadata: Record<string, unknown> | null | undefined) => Boolean(metadata?.kassa_archived_at)

export const factsOf = (v: VariantRow, options: Record<string, string>): VariantFacts => ({
  id: v.id,
  title: v.title,
  sku: v.sku,
  barcode: v.barcode,
  options,
  product: { id: v.product.id, title: v.product.title, thumbnail: v.product.thumbnail },
  serialized: v.product.metadata?.kassa_serialized === true,
  not_for_sale: notForSale(v.product, v.product.status, isArchived(v.product.metadata)),
  manage_inventory: v.manage_inventory,
})

type CalculatedPrice = {
  calculated_amount: number | null
  original_amount: number | null
  currency_code: string | null
  is_calculated_price_tax_inclusive: boolean
}

/**
 * A link table's rows for some variants, read from the link's own module as Medusa's workflows
 * do (getVariantPricingLinkStep): query.graph would plan a remote join for a one-table read.
 */
async function linksOf<T>(scope: MedusaContainer, otherModule: string, otherKey: string, variantIds: string[], select: (keyof T & string)[]) {
  const links = scope.resolve<Link>(ContainerRegistrationKeys.LINK).getLinkModule(Modules.PRODUCT, "variant_id", otherModule, otherKey)
  if (!links) throw new Error(`Medusa's link between variants and ${otherModule} is not loaded`)
  return (await links.list({ variant_id: variantIds }, { select })) as T[]
}

export type PriceSetLink = { variant_id: string; price_set_id: string }

/** The variants' price sets (the link between the product and pricing modules). */
export const priceSetsOf = (scope: MedusaContainer, variantIds: string[]) =>
  linksOf<PriceSetLink>(scope, Modules.PRICING, "price_set_id", variantIds, ["variant_id", "price_set_id"])

/** Each variant's price in the pricing context (region and currency), as query.graph's calculated_price gives it. */
async function pricesOf(scope: MedusaContainer, links: PriceSetLink[] | Promise<PriceSetLink[]>, context: { region_id: string; currency_code: string }) {
  links = await links
  if (!links.length) return new Map<string, CalculatedPrice>()
  const prices = (await scope
    .resolve(Modules.PRICING)
    .calculatePrices({ id: links.map((l) => l.price_set_id) }, { context })) as unknown as (CalculatedPrice & { id: string })[]
  const bySet = new Map(prices.map((p) => [p.id, p]))
  return new Map(links.flatMap((l) => (bySet.has(l.price_set_id) ? [[l.variant_id, bySet.get(l.price_set_id)!] as const] : [])))
}

const priceFor = (p: CalculatedPrice | undefined, currencyCode: string): ScannedVariant["price"] =>
  p?.calculated_amount == null
    ? null
    : {
        amount: Number(p.calculated_amount),
        original_amount: Number(p.original_amount ?? p.calculated_amount),
        currency_code: p.currency_code ?? currencyCode,
        tax_inclusive: p.is_calculated_price_tax_inclusive,
      }

type Level = { inventory_item_id: string; stocked_quantity: number; reserved_quantity: number }

/**
 * The inventory items each variant is made of, and their levels at one location: the link,
 * then the levels, rather than query.graph's walk through every location's levels.
 */
async function stockAt(scope: MedusaContainer, variantIds: string[], locationId: string) {
  const links = await linksOf<StockItem & { variant_id: string }>(scope, Modules.INVENTORY, "inventory_item_id", variantIds, ["variant_id", "inventory_item_id", "required_quantity"])
  const levels = links.length
    ? ((await scope
        .resolve(Modules.INVENTORY)
        .listInventoryLevels(
          { inventory_item_id: [...new Set(links.map((l) => l.inventory_item_id))], location_id: locationId },
          { select: ["inventory_item_id", "stocked_quantity", "reserved_quantity"] }
        )) as unknown as Level[])
    : []
  const itemsOf = new Map<string, StockItem[]>()
  for (const l of links) {
    itemsOf.set(l.variant_id, [...(itemsOf.get(l.variant_id) ?? []), { inventory_item_id: l.inventory_item_id, required_quantity: Number(l.required_quantity) || 1 }])
  }
  return { itemsOf, levelOf: new Map(levels.map((l) => [l.inventory_item_id, l])) }
}

/** Variants whose barcode, EAN, UPC or SKU is exactly `code` (SKUs in any letter case). */
const byCode = (code: string) => ({ $or: [{ barcode: code }, { ean: code }, { upc: code }, { sku: code }, { sku: code.toUpperCase() }] })

/**
 * Variant ids matching a search text in their title, SKU, codes or their product's title, of
 * products for sale only (an archived or draft product is left out: up to `limit`, fewer when
 * some of the first matches are not for sale).
 */
export async function variantIdsBySearch(scope: MedusaContainer, text: string, limit: number) {
  const variants = (await scope
    .resolve(Modules.PRODUCT)
    .listProductVariants({ q: text }, { select: ["id", "product.status", "product.metadata"], relations: ["product"], take: limit })) as unknown as Pick<VariantRow, "id" | "product">[]
  return variants.filter((v) => v.product && !notForSale(v.product, v.product.status, isArchived(v.product.metadata))).map((v) => v.id)
}

export type Pricing = { regionId: string; currencyCode: string; locationId: string }

// What a description shows of a variant and its product, and of its options.
const VARIANT_FIELDS = {
  select: ["id", "title", "sku", "barcode", "manage_inventory", "product.id", "product.title", "product.thumbnail", "product.status", "product.metadata"],
  relations: ["product"],
}
const OPTION_FIELDS = { select: ["id", "options.value", "options.option.title"], relations: ["options", "options.option"] }
export const WITH_OPTIONS = { select: [...VARIANT_FIELDS.select, ...OPTION_FIELDS.select], relations: [...VARIANT_FIELDS.relations, ...OPTION_FIELDS.relations] }

type Options = Pick<VariantRow, "options">
export const optionValues = (v: Options) => Object.fromEntries((v.options ?? []).map((o) => [o.option?.title ?? "", o.value]))

/**
 * Price (for the region, tax-inclusive where the region says so) and stock at one location.
 * A variant made of several inventory items sells as many as its scarcest allows. The
 * variants (with their options), their prices and their stock are read side by side from the
 * three modules (query.graph would walk them one after another: about twice as long for a scan).
 */
export async function describeVariants(scope: MedusaContainer, ids: string[], pricing: Pricing): Promise<ScannedVariant[]> {
  if (!ids.length) return []
  const [variants, details] = await Promise.all([
    scope.resolve(Modules.PRODUCT).listProductVariants({ id: ids }, WITH_OPTIONS),
    detailsOf(scope, ids, priceSetsOf(scope, ids), pricing),
  ])
  const order = new Map(ids.map((id, i) => [id, i]))
  const rows = (variants as unknown as VariantRow[]).sort((a, b) => order.get(a.id)! - order.get(b.id)!)
  return rows.map((v) => describe(factsOf(v, optionValues(v)), details, pricing.currencyCode))
}

/**
 * The variants a scanned code names, described, as the product module has them at this moment
 * (what a sale records): the code's lookup is the variants' own read. Their options are a
 * many-to-many of their own, about half the lookup's time, so the lookup leaves them out and
 * they are read beside the prices and the stock rather than before them.
 */
export async function describeVariantsByCode(scope: MedusaContainer, code: string, pricing: Pricing | Promise<Pricing>): Promise<ScannedVariant[]> {
  const product = scope.resolve(Modules.PRODUCT)
  const [variants, context] = await Promise.all([product.listProductVariants(byCode(code), { ...VARIANT_FIELDS, take: 20 }), pricing])
  if (!variants.length) return []
  const ids = variants.map((v) => v.id)
  const [options, details] = await Promise.all([product.listProductVariants({ id: ids }, OPTION_FIELDS), detailsOf(scope, ids, priceSetsOf(scope, ids), context)])
  const optionsOf = new Map((options as unknown as (Options & { id: string })[]).map((v) => [v.id, optionValues(v)]))
  return (variants as unknown as VariantRow[]).map((v) => describe(factsOf(v, optionsOf.get(v.id) ?? {}), details, context.currencyCode))
}

/**
 * Variants already known (from the scan index, with their price sets) described with their
 * price and stock, both read now.
 */
export async function describeKnownVariants(scope: MedusaContainer, known: (VariantFacts & { price_set_id: string | null })[], pricing: Pricing) {
  const ids = known.map((v) => v.id)
  const links = known.flatMap((v) => (v.price_set_id ? [{ variant_id: v.id, price_set_id: v.price_set_id }] : []))
  const details = await detailsOf(scope, ids, links, pricing)
  return known.map((v) => describe(v, details, pricing.currencyCode))
}

/** What is read of some variants beside their own record: prices (by their price sets) and stock. */
async function detailsOf(scope: MedusaContainer, ids: string[], priceSets: PriceSetLink[] | Promise<PriceSetLink[]>, pricing: Pricing) {
  const [priceOf, stock] = await Promise.all([
    pricesOf(scope, priceSets, { region_id: pricing.regionId, currency_code: pricing.currencyCode }),
    stockAt(scope, ids, pricing.locationId),
  ])
  return { priceOf, stock }
}

function describe(v: VariantFacts, { priceOf, stock }: Awaited<ReturnType<typeof detailsOf>>, currencyCode: string): ScannedVariant {
  return {
    id: v.id,
    title: v.title,
    sku: v.sku,
    barcode: v.barcode,
    options: v.options,
    product: v.product,
    price: priceFor(priceOf.get(v.id), currencyCode),
    available: v.manage_inventory ? availableAt(stock.itemsOf.get(v.id) ?? [], stock.levelOf) : null,
    stock_items: v.manage_inventory ? stock.itemsOf.get(v.id) ?? [] : [],
    serialized: v.serialized,
    not_for_sale: v.not_for_sale,
  }
}

function availableAt(items: StockItem[], levelOf: Map<string, Level>) {
  if (!items.length) return 0
  return Math.min(
    ...items.map((item) => {
      const level = levelOf.get(item.inventory_item_id)
      const available = level ? Number(level.stocked_quantity) - Number(level.reserved_quantity) : 0
      return Math.floor(Math.max(available, 0) / item.required_quantity)
    })
  )
}
