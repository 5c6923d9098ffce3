import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BRANCHES, BranchCode, buildCustomers } from "../demo/people"
import { toCentavos } from "./money"

/** What a line item copies from its variant, the way createOrderWorkflow's prepareLineItemData does. */
export type CatalogVariant = {
  variantId: string
  productId: string
  productTitle: string
  variantTitle: string
  thumbnail: string | null
  description: string | null
  subtitle: string | null
  productType: string | null
  productTypeId: string | null
  collection: string | null
  handle: string | null
  sku: string | null
  barcode: string | null
  requiresShipping: boolean
  discountable: boolean
  giftcard: boolean
  priceCentavos: number
}

export type DemoContext = {
  regionId: string
  branches: { code: BranchCode; salesChannelId: string }[]
  customers: { id: string; email: string | null }[]
  catalog: CatalogVariant[]
  vat: { id: string; code: string; name: string; rate: number }
}

/** Loads the demo retailer that src/scripts/demo/seed-demo.ts creates, or says what is missing. */
export async function loadDemoContext(container: MedusaContainer): Promise<DemoContext> {
  const missing: string[] = []

  const [region] = await container.resolve(Modules.REGION).listRegions({ name: "Philippines" })
  if (!region || region.currency_code !== "php") missing.push('the region "Philippines" in PHP')

  const channels = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: BRANCHES.map((b) => b.name) })
  const branches = BRANCHES.flatMap((b) => {
    const channel = channels.find((c) => c.name === b.name)
    return channel ? [{ code: b.code, salesChannelId: channel.id }] : []
  })
  if (branches.length < BRANCHES.length) missing.push(`the sales channels ${BRANCHES.map((b) => `"${b.name}"`).join(", ")}`)

  const { data: found } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "customer",
    fields: ["id", "email", "phone"],
    filters: { phone: buildCustomers().map((c) => c.phone) },
  })
  // Sorted so that a seed picks the same customers whatever order the database returns.
  const customers = found
    .sort((a, b) => String(a.phone).localeCompare(String(b.phone)))
    .map((c) => ({ id: c.id, email: c.email ?? null }))
  if (!customers.length) missing.push("the demo customers")

  const vat = await loadVat(container)
  if (!vat) missing.push("a default tax rate for the Philippines")

  const catalog = await loadCatalog(container)
  // A sale has up to five different variants.
  if (catalog.length < 5) missing.push("at least five published variants with a PHP price")

  if (missing.length || !region || !vat) {
    throw new Error(
      `Bulk sales need the demo data, but ${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} missing. ` +
        "Load it first: `npm start` (or `node scripts/kassa.js start`) seeds it unless KASSA_SEED=false."
    )
  }
  return { regionId: region.id, branches, customers, catalog, vat }
}

async function loadVat(container: MedusaContainer) {
  const tax = container.resolve(Modules.TAX)
  const taxRegion = (await tax.listTaxRegions({ country_code: "ph" })).find((r) => !r.parent_id)
  if (!taxRegion) return undefined
  const rate = (await tax.listTaxRates({ tax_region_id: taxRegion.id })).find((r) => r.is_default)
  // vatCentavos works in whole percents; 12 % is the Philippine VAT.
  if (!rate?.code || rate.rate == null || !Number.isInteger(rate.rate)) return undefined
  return { id: rate.id, code: rate.code, name: rate.name, rate: rate.rate }
}

async function loadCatalog(container: MedusaContainer): Promise<CatalogVariant[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id", "title", "sku", "barcode", "thumbnail",
      "product.id", "product.title", "product.subtitle", "product.description", "product.handle", "product.thumbnail",
      "product.status", "product.discountable", "product.is_giftcard", "product.type.id", "product.type.value",
      "product.collection.title", "product.shipping_profile.id",
      "price_set.prices.currency_code", "price_set.prices.raw_amount", "price_set.prices.price_list_id",
      "price_set.prices.rules_count",
    ],
  })
  const variants = data.flatMap((v) => {
    const product = v.product
    // The variant's plain PHP price: no price list, no rules (what the demo seed sets).
    const price = v.price_set?.prices.find((p) => p?.currency_code === "php" && !p.price_list_id && !p.rules_count)
    const raw = (price?.raw_amount as { value?: string } | undefined)?.value
    if (!product || product.status !== "published" || raw === undefined) return []
    return [
      {
        variantId: v.id,
        productId: product.id,
        productTitle: product.title,
        variantTitle: v.title,
        thumbnail: v.thumbnail ?? product.thumbnail ?? null,
        description: product.description ?? null,
        subtitle: product.subtitle ?? null,
        productType: product.type?.value ?? null,
        productTypeId: product.type?.id ?? null,
        collection: product.collection?.title ?? null,
        handle: product.handle ?? null,
        sku: v.sku ?? null,
        barcode: v.barcode ?? null,
        requiresShipping: Boolean(product.shipping_profile?.id),
        discountable: product.discountable ?? true,
        giftcard: product.is_giftcard ?? false,
        priceCentavos: toCentavos(String(raw)),
      },
    ]
  })
  // Sorted so that a seed picks the same products whatever order the database returns.
  return variants.sort((a, b) => `${a.sku}|${a.variantId}`.localeCompare(`${b.sku}|${b.variantId}`))
}
