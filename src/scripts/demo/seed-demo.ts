import { BRANCH_MODULE, type BranchModuleService, createRegisterWorkflow, upsertBranchWorkflow, upsertVariantCostsWorkflow } from "@kassa/core/kit"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCustomersWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { buildCatalog, CATEGORIES, DemoProduct } from "./catalog"
import { BRANCHES, buildCustomers, RECEIPT_FOOTER, REGISTERS, STAFF } from "./people"
import { seededRandom } from "./random"

const SERIALIZED = new Set(["Laptop", "Android", "iPhone"])
import { ensureCreditOfficers } from "./credit-officers"
import { ensureGiftCardProduct } from "./gift-cards"
import { ensureBarcodeNumbering } from "./barcodes"
import { ensureUser } from "./users"

/**
 * Loads the demo retailer. Every part looks for what it would create (by name, handle, phone,
 * e-mail) and creates only what is missing, so a second run, or a run after one that crashed
 * half-way, ends with the same data and no duplicates.
 */
export async function seedDemoData(container: MedusaContainer, { staffPassword }: { staffPassword: string }) {
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()

  const region = await ensureRegion(container)
  const profileId = await ensureShippingProfile(container)
  const branches = await ensureBranches(container, region.id, profileId)
  await ensureBranchDetails(container, branches)
  await ensureStore(container, region.id, branches[0].salesChannelId)
  await ensurePublishableKey(container, branches.map((b) => b.salesChannelId))
  const categoryIds = await ensureCategories(container)
  await ensureBarcodeNumbering(container)
  const created = await ensureProducts(container, buildCatalog(), categoryIds, profileId, branches)
  await ensureGiftCardProduct(container, profileId, branches.map((b) => b.salesChannelId))
  const customers = await ensureCustomers(container)
  const locationOf = new Map(branches.map((b) => [b.code, b.locationId]))
  let staff = 0
  for (const { role, branch, ...person } of STAFF) {
    const access = branch === "ALL" ? { all_branches: true, branch_ids: [] } : { branch_ids: [locationOf.get(branch)!] }
    staff += Number(await ensureUser(container, { ...person, password: staffPassword, staff: { roles: [role], ...access } }))
  }
  const officers = await ensureCreditOfficers(container)

  logger.info(
    `Demo data ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${branches.length} branches, ` +
      `${created} new products, ${customers} new customers, ${staff} new staff users, ${officers} credit officers' limits`
  )
}

async function ensureRegion(container: MedusaContainer) {
  const regions = container.resolve(Modules.REGION)
  const [existing] = await regions.listRegions({ name: "Philippines" })
  if (existing) return existing
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Philippines",
          currency_code: "php",
          countries: ["ph"],
          payment_providers: ["pp_system_default"],
          automatic_taxes: true,
          // Shelf prices in the Philippines include the 12 % VAT; it is extracted, not added.
          is_tax_inclusive: true,
        },
      ],
    },
  })
  const tax = container.resolve(Modules.TAX)
  if (!(await tax.listTaxRegions({ country_code: "ph" })).length) {
    await createTaxRegionsWorkflow(container).run({
      input: [{ country_code: "ph", provider_id: "tp_system", default_tax_rate: { rate: 12, code: "VAT", name: "VAT" } }],
    })
  }
  return result[0]
}

async function ensureStore(container: MedusaContainer, regionId: string, salesChannelId: string) {
  const [store] = await container.resolve(Modules.STORE).listStores()
  if (store.default_region_id === regionId) return
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Galos Gadget Hub",
        supported_currencies: [{ currency_code: "php", is_default: true, is_tax_inclusive: true }],
        default_region_id: regionId,
        default_sales_channel_id: salesChannelId,
      },
    },
  })
}

async function ensureShippingProfile(container: MedusaContainer) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (profile) return profile.id
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return result[0].id
}

type Branch = { code: string; locationId: string; salesChannelId: string }

/** A branch is a stock location with its own sales channel and an in-store pickup option. */
async function ensureBranches(container: MedusaContainer, regionId: string, profileId: string): Promise<Branch[]> {
  const locations = container.resolve(Modules.STOCK_LOCATION)
  const channels = container.resolve(Modules.SALES_CHANNEL)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const out: Branch[] = []

  for (const b of BRANCHES) {
    let [channel] = await channels.listSalesChannels({ name: b.name })
    if (!channel) {
      const { result } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [{ name: b.name, description: `Counter sales at the ${b.city} branch` }] },
      })
      channel = result[0]
    }
    const [existing] = await locations.listStockLocations({ name: b.name })
    if (existing) {
      out.push({ code: b.code, locationId: existing.id, salesChannelId: channel.id })
      continue
    }
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: b.name,
            address: {
              address_1: b.address,
              city: b.city,
              province: b.province,
              postal_code: b.postal_code,
              country_code: "PH",
              phone: b.phone,
            },
          },
        ],
      },
    })
    const location = result[0]
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    const set = await fulfillment.createFulfillmentSets({
      name: `${b.name} pickup`,
      type: "pickup",
      service_zones: [{ name: `${b.name} counter`, geo_zones: [{ country_code: "ph", type: "country" }] }],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
    })
    await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: `In-store pickup (${b.city})`,
          price_type: "flat",
          provider_id: "manual_manual",
          service_zone_id: set.service_zones[0].id,
          shipping_profile_id: profileId,
          type: { label: "Pickup", description: "Take it home from the counter", code: "pickup" },
          prices: [
            { currency_code: "php", amount: 0 },
            { region_id: regionId, amount: 0 },
          ],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        },
      ],
    })
    out.push({ code: b.code, locationId: location.id, salesChannelId: channel.id })
  }
  return out
}

/** Kassa's details of each branch (code, tax number, receipt texts) and its registers. */
async function ensureBranchDetails(container: MedusaContainer, branches: Branch[]) {
  const service = container.resolve<BranchModuleService>(BRANCH_MODULE)
  for (const b of BRANCHES) {
    const locationId = branches.find((x) => x.code === b.code)!.locationId
    if ((await service.listBranches({ stock_location_id: locationId })).length) continue
    await upsertBranchWorkflow(container).run({
      input: {
        stock_location_id: locationId,
        code: b.code,
        address: `${b.address}, ${b.city} ${b.postal_code}`,
        phone: b.phone,
        tax_id: b.tax_id,
        receipt_header: "GALOS GADGET HUB",
        receipt_footer: RECEIPT_FOOTER,
        timezone: "Asia/Manila",
      },
    })
    for (const r of REGISTERS) {
      await createRegisterWorkflow(container).run({ input: { stock_location_id: locationId, ...r } })
    }
  }
}

async function ensurePublishableKey(container: MedusaContainer, salesChannelIds: string[]) {
  const keys = container.resolve(Modules.API_KEY)
  const title = "Kassa storefront"
  if ((await keys.listApiKeys({ title, type: "publishable" })).length) return
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: result[0].id, add: salesChannelIds } })
}

async function ensureCategories(container: MedusaContainer) {
  const products = container.resolve(Modules.PRODUCT)
  const existing = await products.listProductCategories({ handle: CATEGORIES.map((c) => c.handle) })
  const missing = CATEGORIES.filter((c) => !existing.some((e) => e.handle === c.handle))
  const created = missing.length
    ? (
        await createProductCategoriesWorkflow(container).run({
          input: { product_categories: missing.map((c) => ({ ...c, is_active: true })) },
        })
      ).result
    : []
  return new Map([...existing, ...created].map((c) => [c.name, c.id]))
}

/** Stock per branch: most items in stock, some low (1–2 left), some sold out. */
function demoStock(barcode: string, branchIndex: number, category: DemoProduct["category"]) {
  const rnd = seededRandom(Number(barcode.slice(4, 12)) * 7 + branchIndex)
  const roll = rnd.next()
  if (roll < 0.07) return 0
  if (roll < 0.17) return rnd.int(1, 2)
  return category === "Accessories" ? rnd.int(5, 60) : rnd.int(3, 18)
}

async function ensureProducts(
  container: MedusaContainer,
  catalog: DemoProduct[],
  categoryIds: Map<string, string>,
  profileId: string,
  branches: Branch[]
) {
  const products = container.resolve(Modules.PRODUCT)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const existing = new Set(
    (await products.listProducts({ handle: catalog.map((p) => p.handle) }, { select: ["handle"], take: null })).map(
      (p) => p.handle
    )
  )
  const missing = catalog.filter((p) => !existing.has(p.handle))

  // Batches keep each workflow's transaction and memory small.
  for (let i = 0; i < missing.length; i += 40) {
    const batch = missing.slice(i, i + 40)
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map((p) => ({
          title: p.title,
          subtitle: p.brand,
          handle: p.handle,
          description: p.description,
          status: ProductStatus.PUBLISHED,
          weight: p.weight,
          category_ids: [categoryIds.get(p.category)!],
          shipping_profile_id: profileId,
          // Phones and laptops are sold with a serial number per unit (warranty claims need it).
          metadata: SERIALIZED.has(p.category) ? { kassa_serialized: true } : undefined,
          sales_channels: branches.map((b) => ({ id: b.salesChannelId })),
          options: p.options,
          variants: p.variants.map((v) => ({
            title: v.title,
            sku: v.sku,
            barcode: v.barcode,
            ean: v.barcode,
            manage_inventory: true,
            options: v.options,
            prices: [{ amount: v.price, currency_code: "php" }],
          })),
        })),
      },
    })
    const demoBySku = new Map(batch.flatMap((p) => p.variants.map((v) => [v.sku, { v, category: p.category }] as const)))
    const variantIds = result.flatMap((p) => (p.variants ?? []).map((v) => v.id))
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "sku", "inventory_items.inventory_item_id"],
      filters: { id: variantIds },
    })

    await upsertVariantCostsWorkflow(container).run({
      input: {
        costs: variants.map((v) => ({ variant_id: v.id, currency_code: "php", amount: demoBySku.get(v.sku!)!.v.cost })),
      },
    })
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: variants.flatMap((v) => {
          const { v: demo, category } = demoBySku.get(v.sku!)!
          const inventoryItemId = v.inventory_items![0]!.inventory_item_id
          return branches.map((b, bi) => ({
            inventory_item_id: inventoryItemId,
            location_id: b.locationId,
            stocked_quantity: demoStock(demo.barcode, bi, category),
          }))
        }),
      },
    })
  }
  return missing.length
}

async function ensureCustomers(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const demo = buildCustomers()
  const { data } = await query.graph({ entity: "customer", fields: ["phone"], filters: { phone: demo.map((c) => c.phone) } })
  const existing = new Set(data.map((c) => c.phone))
  const missing = demo.filter((c) => !existing.has(c.phone))
  if (missing.length) {
    await createCustomersWorkflow(container).run({ input: { customersData: missing.map((c) => ({ ...c, created_by: "seed" })) } })
  }
  return missing.length
}
