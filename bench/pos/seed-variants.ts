import { AUDIT_MODULE, type AuditModuleService } from "@kassa/audit/kit"
import { rebuildScanIndex } from "@kassa/pos/kit"
import { ean13 } from "@kassa/core/kit"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { BRANCHES } from "../../src/scripts/demo/people"

const PER_PRODUCT = 10
const PRODUCTS_PER_BATCH = 500
const STOCK = 100_000
const SIZES = Array.from({ length: PER_PRODUCT }, (_, i) => `Size ${i + 1}`)

/** Bench products are numbered; their handle, SKUs and barcodes follow from the number. */
const handle = (n: number) => `bench-${String(n).padStart(6, "0")}`
// EAN-13 in the in-store range (prefix 2), apart from the demo catalogue's GS1 prefix 480.
export const benchBarcode = (n: number, v: number) => ean13(`20${String(n).padStart(8, "0")}${String(v).padStart(2, "0")}`)

/**
 * Tops the bench catalogue up to `variants=N` variants (products bench-000000…, ten sizes each)
 * through Medusa's own workflows: prices in PHP, inventory items, sales channels of the three
 * branches, and a level of STOCK units at every branch. Idempotent batch by batch: a batch's
 * missing products are created, then its missing levels, so a run cut short resumes.
 */
export default async function seedVariants({ container, args }: ExecArgs) {
  const target = Number(args.find((a) => a.startsWith("variants="))?.split("=")[1] ?? 50_000)
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const started = Date.now()
  const channels = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: BRANCHES.map((b) => b.name) })
  const locations = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ name: BRANCHES.map((b) => b.name) })
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  if (channels.length !== BRANCHES.length || locations.length !== BRANCHES.length || !profile) {
    throw new Error("The demo retailer is missing: run `node scripts/kassa.js setup` first")
  }

  const products = Math.ceil(target / PER_PRODUCT)
  let created = 0
  for (let first = 0; first < products; first += PRODUCTS_PER_BATCH) {
    const numbers = Array.from({ length: Math.min(PRODUCTS_PER_BATCH, products - first) }, (_, i) => first + i)
    const { rows } = await knex.raw(`select handle from product where handle = any(?) and deleted_at is null`, [numbers.map(handle)])
    const have = new Set(rows.map((r: { handle: string }) => r.handle))
    const missing = numbers.filter((n) => !have.has(handle(n)))
    const t = Date.now()
    if (missing.length) {
      await createProductsWorkflow(container).run({
        input: {
          products: missing.map((n) => ({
            title: `Bench item ${n}`,
            handle: handle(n),
            status: ProductStatus.PUBLISHED,
            shipping_profile_id: profile.id,
            sales_channels: channels.map((c) => ({ id: c.id })),
            options: [{ title: "Size", values: SIZES }],
            variants: SIZES.map((size, v) => ({
              title: size,
              sku: `BENCH-${String(n).padStart(6, "0")}-${v}`,
              barcode: benchBarcode(n, v),
              ean: benchBarcode(n, v),
              manage_inventory: true,
              options: { Size: size },
              prices: [{ amount: 100 + ((n * 37 + v * 11) % 4900), currency_code: "php" }],
            })),
          })),
        },
      })
      created += missing.length * PER_PRODUCT
    }
    const levels = await missingLevels(knex, numbers.map(handle), locations.map((l) => l.id))
    if (levels.length) await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
    if (missing.length || levels.length) {
      console.log(`  products ${first}–${first + numbers.length - 1}: ${missing.length * PER_PRODUCT} variants, ${levels.length} levels in ${((Date.now() - t) / 1000).toFixed(1)} s`)
    }
  }
  // The audit log captured every row; chain it now so the server does not do it while measured.
  const chainStarted = Date.now()
  const chained = await container.resolve<AuditModuleService>(AUDIT_MODULE).chain()
  const chainTook = (Date.now() - chainStarted) / 1000
  // The server's sweep would index the catalogue a slice a minute, while measured: index it now.
  const indexStarted = Date.now()
  const indexed = await rebuildScanIndex(container)
  const { rows } = await knex.raw(`select count(*)::int as n from product_variant where sku like 'BENCH-%' and deleted_at is null`)
  console.log(
    `Bench catalogue: ${rows[0].n} variants (${created} new) in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(${chained} audit entries chained in ${chainTook.toFixed(1)} s, ` +
      `${indexed} variants in the scan index in ${((Date.now() - indexStarted) / 1000).toFixed(1)} s)`
  )
}

/** Levels the batch's inventory items lack at the branches. */
async function missingLevels(knex: Knex, handles: string[], locationIds: string[]) {
  const { rows } = await knex.raw(
    `select pvii.inventory_item_id, l.location_id
       from product p
       join product_variant v on v.product_id = p.id and v.deleted_at is null
       join product_variant_inventory_item pvii on pvii.variant_id = v.id and pvii.deleted_at is null
       cross join unnest(?::text[]) as l(location_id)
      where p.handle = any(?) and p.deleted_at is null
        and not exists (select 1 from inventory_level il where il.inventory_item_id = pvii.inventory_item_id
                          and il.location_id = l.location_id and il.deleted_at is null)`,
    [locationIds, handles]
  )
  return rows.map((r: { inventory_item_id: string; location_id: string }) => ({ ...r, stocked_quantity: STOCK }))
}
