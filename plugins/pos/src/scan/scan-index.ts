import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { setTimeout as sleep } from "node:timers/promises"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"
import type { ScanEntryFacts } from "../modules/pos/service"
import {
  describeKnownVariants,
  describeVariantsByCode,
  factsOf,
  notForSale,
  optionValues,
  priceSetsOf,
  WITH_OPTIONS,
  type Pricing,
  type ScannedVariant,
  type VariantRow,
} from "./find-variants"

/*
 * The scan index (kassa_pos_scan_entry): which variant a barcode, EAN, UPC or SKU names, with
 * its options, product and price set. A scan otherwise reads the variant by code, its options
 * and its price set from three module calls (~5 ms of the server's CPU, more than half of what
 * a scan takes) before it can read the price and the stock; with the index it is one indexed
 * query, then the price and the stock, which are always read live.
 *
 * It is a projection of the product module and nothing else writes it: the module's events
 * keep it current within a few milliseconds of a change (subscribers/scan-index.ts), a code it
 * does not know is looked up in the product module and indexed on the way, and a sweep
 * (jobs/scan-index-sweep.ts) re-reads the catalogue a slice a minute, which fills it on an
 * existing catalogue and mends what a lost event left behind. A sale (adding a line, an
 * exchange) reads the product module itself: what it records is never a moment old.
 */

/** Variants read and written per round. */
const CHUNK = 500
/** Events arriving this close together are indexed in one round (an import sends thousands). */
const BATCH_MS = 25
/** Variants a sweep re-reads each run: 50,000 in under an hour at one run a minute. */
export const SWEEP_SIZE = 1000
/**
 * A sweep is background work beside the counter: it reads this many variants at a time and
 * pauses between reads, so requests run in between. (Read 500 at a time, with their options
 * and products, a sweep held the event loop for up to 60–180 ms once a minute, in whatever
 * scan or checkout was under way; 100 at a time, for up to 20–50 ms.)
 */
const SWEEP_PACE = { chunk: 100, pauseMs: 100 }

const pos = (scope: MedusaContainer) => scope.resolve<PosModuleService>(POS_MODULE)

/**
 * A scan: the index names the variants, their price and stock are read now. A code the index
 * does not know (yet) is looked up in the product module, and what it finds is indexed.
 */
export async function scanCode(scope: MedusaContainer, code: string, pricing: Promise<Pricing>): Promise<ScannedVariant[]> {
  const [entries, context] = await Promise.all([pos(scope).scanEntriesByCode(code), pricing])
  if (entries.length) {
    return describeKnownVariants(
      scope,
      entries.map((e) => {
        const product = { id: e.product_id, title: e.product_title, thumbnail: e.thumbnail }
        return { ...e, product, not_for_sale: notForSale(product, e.product_status, e.archived) }
      }),
      context
    )
  }
  const found = await describeVariantsByCode(scope, code, context)
  if (found.length) void queueScanIndex(scope, { variant_ids: found.map((v) => v.id) }).catch((e) => logger(scope).warn(`Scan index: ${e.message}`))
  return found
}

const newest = (...dates: (Date | string | undefined)[]) => new Date(Math.max(...dates.map((d) => (d ? new Date(d).getTime() : 0))))

function entryOf(v: VariantRow, priceSetId: string | null): ScanEntryFacts {
  const facts = factsOf(v, optionValues(v))
  return {
    id: v.id,
    product_id: v.product.id,
    title: facts.title,
    sku: facts.sku,
    barcode: facts.barcode,
    ean: v.ean ?? null,
    upc: v.upc ?? null,
    manage_inventory: facts.manage_inventory,
    options: facts.options,
    product_title: facts.product.title,
    thumbnail: facts.product.thumbnail,
    serialized: facts.serialized,
    product_status: v.product.status ?? "published",
    archived: Boolean(v.product.metadata?.kassa_archived_at),
    price_set_id: priceSetId,
    source_updated_at: newest(v.updated_at, v.product.updated_at),
  }
}

/** Indexes these variants as the product module has them now; those it no longer has are dropped. */
async function indexVariants(scope: MedusaContainer, ids: string[]) {
  const product = scope.resolve(Modules.PRODUCT)
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK)
    const [variants, priceSets] = await Promise.all([
      product.listProductVariants(
        { id: chunk },
        { select: [...WITH_OPTIONS.select, "ean", "upc", "updated_at", "product.updated_at"], relations: WITH_OPTIONS.relations }
      ),
      priceSetsOf(scope, chunk),
    ])
    const priceSetOf = new Map(priceSets.map((l) => [l.variant_id, l.price_set_id]))
    const entries = (variants as unknown as VariantRow[]).filter((v) => v.product).map((v) => entryOf(v, priceSetOf.get(v.id) ?? null))
    await pos(scope).putScanEntries(entries)
    const kept = new Set(entries.map((e) => e.id))
    const gone = chunk.filter((id) => !kept.has(id))
    if (gone.length) await pos(scope).dropScanEntries({ ids: gone })
  }
}

/** Indexes every variant of these products; entries of variants they no longer have are dropped. */
async function indexProducts(scope: MedusaContainer, productIds: string[]) {
  const variants = await scope.resolve(Modules.PRODUCT).listProductVariants({ product_id: productIds }, { select: ["id"] })
  const ids = variants.map((v) => v.id)
  await indexVariants(scope, ids)
  await pos(scope).dropScanEntries({ product_ids: productIds, keep: ids })
}

/** The variants that carry these option values, or any value of these options. */
async function variantsWithOptions(scope: MedusaContainer, by: { value_ids: string[] } | { option_ids: string[] }) {
  const filter = "value_ids" in by ? { id: by.value_ids } : { option_id: by.option_ids }
  // The module reads a value's variants (a many-to-many) though its DTO type does not list them.
  const values = (await scope.resolve(Modules.PRODUCT).listProductOptionValues(filter, { select: ["id", "variants.id"], relations: ["variants"] })) as unknown as {
    variants?: { id: string }[]
  }[]
  return [...new Set(values.flatMap((v) => (v.variants ?? []).map((variant) => variant.id)))]
}

export type IndexRequest = { variant_ids?: string[]; product_ids?: string[]; option_value_ids?: string[]; option_ids?: string[] }

type Batch = { variants: Set<string>; products: Set<string>; values: Set<string>; options: Set<string>; done: Promise<void> }
let open: Batch | null = null
/**
 * One round at a time: a round that read a variant before a later change must not write after
 * the round that read the change (within one process; between processes the entries'
 * source_updated_at decides, see putScanEntries).
 */
let rounds: Promise<unknown> = Promise.resolve()
function inRound<T>(work: () => Promise<T>): Promise<T> {
  const round = rounds.then(work)
  rounds = round.catch(() => undefined)
  return round
}

/**
 * Asks for these records' variants to be (re)indexed. Requests that arrive within BATCH_MS are
 * indexed together, after the rounds before them; the promise settles when theirs is done.
 */
export function queueScanIndex(scope: MedusaContainer, request: IndexRequest): Promise<void> {
  if (!open) {
    const batch: Batch = { variants: new Set(), products: new Set(), values: new Set(), options: new Set(), done: Promise.resolve() }
    batch.done = new Promise((resolve) => setTimeout(resolve, BATCH_MS)).then(() => {
      open = null
      return inRound(() => indexBatch(scope, batch))
    })
    open = batch
  }
  request.variant_ids?.forEach((id) => open!.variants.add(id))
  request.product_ids?.forEach((id) => open!.products.add(id))
  request.option_value_ids?.forEach((id) => open!.values.add(id))
  request.option_ids?.forEach((id) => open!.options.add(id))
  return open.done
}

async function indexBatch(scope: MedusaContainer, batch: Batch) {
  const [ofValues, ofOptions] = await Promise.all([
    batch.values.size ? variantsWithOptions(scope, { value_ids: [...batch.values] }) : [],
    batch.options.size ? variantsWithOptions(scope, { option_ids: [...batch.options] }) : [],
  ])
  if (batch.products.size) await indexProducts(scope, [...batch.products])
  const variants = new Set([...batch.variants, ...ofValues, ...ofOptions])
  if (variants.size) await indexVariants(scope, [...variants])
}

/**
 * Re-reads the next `size` variants of the catalogue after `after` (in id order) into the index
 * and drops entries in that range whose variants are gone, `pace.chunk` at a time. Returns where
 * the next sweep starts: "" once the end of the catalogue is reached. Each chunk is a round of
 * its own, so changes indexed from events do not wait behind a whole sweep.
 */
export async function sweepScanIndex(scope: MedusaContainer, after: string, size = SWEEP_SIZE, pace = SWEEP_PACE) {
  let checked = 0
  while (checked < size) {
    if (checked && pace.pauseMs) await sleep(pace.pauseMs)
    const slice = await inRound(() => sweepSlice(scope, after, Math.min(pace.chunk, size - checked)))
    checked += slice.checked
    if (!slice.through) return { checked, next: "" }
    after = slice.through
  }
  return { checked, next: after }
}

/** The next `take` variants after `after`, read, indexed and their range's gone entries dropped (in one round). */
async function sweepSlice(scope: MedusaContainer, after: string, take: number) {
  const variants = await scope.resolve(Modules.PRODUCT).listProductVariants({ id: { $gt: after } }, { select: ["id"], take, order: { id: "ASC" } })
  const ids = variants.map((v) => v.id)
  await indexVariants(scope, ids)
  const through = ids.length < take ? null : ids[ids.length - 1]
  await pos(scope).dropScanEntries({ after, through, keep: ids })
  return { checked: ids.length, through }
}

/** The whole catalogue into the index now (a seed script's last step; the sweep does it over time). */
export async function rebuildScanIndex(scope: MedusaContainer) {
  return (await sweepScanIndex(scope, "", Infinity, { chunk: CHUNK, pauseMs: 0 })).checked
}

const logger = (scope: MedusaContainer) => scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
