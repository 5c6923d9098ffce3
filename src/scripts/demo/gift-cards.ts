import { ean13, upsertVariantCostsWorkflow } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow, createTaxRatesWorkflow } from "@medusajs/medusa/core-flows"

/** What the demo sells gift cards in; any other amount is a price override at the counter. */
const DENOMINATIONS = [500, 1000, 2000, 5000]

/**
 * The demo's gift card: a product the store-credit plugin issues a card for per unit sold
 * (metadata `kassa_gift_card`), no stock kept, sold at every branch. A gift card is money kept
 * for the customer, not goods: VAT is due when it is spent, so its own tax rate is 0 %.
 */
export async function ensureGiftCardProduct(container: MedusaContainer, profileId: string, salesChannelIds: string[]) {
  const products = container.resolve(Modules.PRODUCT)
  const [existing] = await products.listProducts({ handle: "gift-card" }, { select: ["id"] })
  if (existing) return existing.id
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Gift card",
          handle: "gift-card",
          description: "A gift card worth its price, spent at any branch.",
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: profileId,
          metadata: { kassa_gift_card: true },
          sales_channels: salesChannelIds.map((id) => ({ id })),
          options: [{ title: "Value", values: DENOMINATIONS.map(label) }],
          variants: DENOMINATIONS.map((amount, i) => ({
            title: label(amount),
            sku: skuOf(amount),
            // The demo catalogue's barcodes are 4809 + a serial from 1 up; these sit at the top of that range.
            barcode: ean13(`48099999${String(i + 1).padStart(4, "0")}`),
            manage_inventory: false,
            options: { Value: label(amount) },
            prices: [{ amount, currency_code: "php" }],
          })),
        },
      ],
    },
  })
  // Selling a card earns nothing: its cost is its face value, so margins show none on it.
  const variantOf = new Map((result[0].variants ?? []).map((v) => [v.sku, v.id]))
  await upsertVariantCostsWorkflow(container).run({
    input: { costs: DENOMINATIONS.map((amount) => ({ variant_id: variantOf.get(skuOf(amount))!, currency_code: "php", amount })) },
  })
  // The country's region, not a province's (those have a parent).
  const region = (await container.resolve(Modules.TAX).listTaxRegions({ country_code: "ph" })).find((r) => !r.parent_id)!
  await createTaxRatesWorkflow(container).run({
    input: [{ tax_region_id: region.id, name: "Gift card (VAT when spent)", code: "VAT-GC", rate: 0, rules: [{ reference: "product", reference_id: result[0].id }] }],
  })
  return result[0].id
}

const label = (amount: number) => `₱${amount.toLocaleString("en-PH")}`
const skuOf = (amount: number) => `GIFT-${amount}`
