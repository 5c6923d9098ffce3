import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seededRandom } from "../demo/random"
import { saleClock } from "./calendar"
import { loadDemoContext } from "./demo-context"
import { createBasketFiller, planSales } from "./generate"
import { formatPeso } from "./money"
import type { BulkOptions } from "./options"
import { catalogArrays, writeSales } from "./write-sales"

export type BulkResult = {
  orders: number
  lines: number
  seconds: number
  /** Sum of the order totals, VAT included. */
  totalCentavos: number
  /** Sum of the per-line VAT as vatCentavos rounds it. */
  vatCentavos: number
}

// ~3,000 orders (~9,000 lines) a transaction: big enough that round trips do not matter,
// small enough that a batch's arrays stay a few MB.
const ORDERS_PER_BATCH = 3000

const count = (n: number) => n.toLocaleString("en-US")

/**
 * Writes `lines` historic counter sales straight into the order and payment tables with a few
 * multi-row INSERTs per batch: completed, paid orders that Medusa's order module and admin API
 * read like any other, marked `metadata.kassa_bulk = true`. Every run adds new orders (new ids;
 * with the same seed, the same baskets again), so run it once per benchmark database. A run that
 * stops half-way keeps the batches it committed: whole orders, never an order without its lines.
 * Stock levels are left alone: these sales are history, not reservations.
 */
export async function seedBulkSales(container: MedusaContainer, options: BulkOptions): Promise<BulkResult> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const started = Date.now()
  const ctx = await loadDemoContext(container)

  const rnd = seededRandom(options.seed)
  const clock = saleClock(options.days)
  const plan = planSales(options.lines, clock, rnd)
  const orders = plan.times.length
  logger.info(
    `Bulk sales: writing ${count(options.lines)} order lines in ${count(orders)} orders, ` +
      `${clock.firstDay} to ${clock.lastDay} (seed ${options.seed})…`
  )

  const fill = createBasketFiller(ctx, rnd)
  const catalog = catalogArrays(ctx)
  const result: BulkResult = { orders, lines: options.lines, seconds: 0, totalCentavos: 0, vatCentavos: 0 }
  let written = 0
  let lastLog = Date.now()
  let writing: Promise<void> = Promise.resolve()
  for (let from = 0; from < orders; from += ORDERS_PER_BATCH) {
    // The next batch is generated while PostgreSQL still writes the previous one.
    const batch = fill(plan, from, Math.min(from + ORDERS_PER_BATCH, orders))
    result.totalCentavos += batch.totalCentavos
    result.vatCentavos += batch.vatCentavos
    await writing
    writing = writeSales(knex, ctx, catalog, batch).then(() => {
      written += batch.lines.id.length
      if (Date.now() - lastLog > 5000) {
        lastLog = Date.now()
        const seconds = (lastLog - started) / 1000
        logger.info(`Bulk sales: ${count(written)} / ${count(options.lines)} lines (${count(Math.round(written / seconds))} lines/s)`)
      }
    })
  }
  await writing

  result.seconds = (Date.now() - started) / 1000
  logger.info(
    `Bulk sales: ${count(result.lines)} order lines in ${count(orders)} orders in ${result.seconds.toFixed(1)} s ` +
      `(${count(Math.round(result.lines / result.seconds))} lines/s); sales ${formatPeso(result.totalCentavos)}, ` +
      `VAT ${formatPeso(result.vatCentavos)}`
  )
  return result
}
