import type { BranchCode } from "../demo/people"
import type { seededRandom } from "../demo/random"
import type { saleClock } from "./calendar"
import type { DemoContext } from "./demo-context"
import { createIdFactory } from "./ids"
import { fromCentavos, vatCentavos } from "./money"
import { cumulativeShares, pickShare } from "./weights"

type Random = ReturnType<typeof seededRandom>

/** Columns of one batch of sales, ready to become PostgreSQL arrays (one entry per row). */
export type SaleBatch = {
  orders: {
    id: string[]
    customerId: (string | null)[]
    salesChannelId: string[]
    email: (string | null)[]
    createdAt: string[]
    total: string[]
    summaryId: string[]
    collectionId: string[]
    sessionId: string[]
    paymentId: string[]
    captureId: string[]
    linkId: string[]
    transactionId: string[]
  }
  lines: {
    id: string[]
    itemId: string[]
    taxLineId: string[]
    orderId: string[]
    /** 1-based index into DemoContext.catalog. */
    variant: number[]
    unitPrice: string[]
    quantity: number[]
    createdAt: string[]
  }
  totalCentavos: number
  vatCentavos: number
}

// Branch shares of sales: Manila is the flagship.
const BRANCH_WEIGHTS: Record<BranchCode, number> = { MNL: 0.45, CEB: 0.33, DAV: 0.22 }

/**
 * How many lines each sale has (1–5, the last one cut so the total is exact) and when it
 * happened, sorted so that sales are written, and get display ids, in time order.
 */
export function planSales(lines: number, clock: ReturnType<typeof saleClock>, rnd: Random) {
  const counts: number[] = []
  for (let left = lines; left > 0; ) {
    const n = Math.min(rnd.int(1, 5), left)
    counts.push(n)
    left -= n
  }
  const times = Float64Array.from(counts, () => clock.draw(rnd.next(), rnd.next(), rnd.next())).sort()
  return { lineCounts: Uint8Array.from(counts), times }
}

/** Fills baskets: branch, customer (about half are walk-ins without one), 1–5 distinct variants. */
export function createBasketFiller(ctx: DemoContext, rnd: Random) {
  const ids = createIdFactory()
  const branchShares = cumulativeShares(ctx.branches.map((b) => BRANCH_WEIGHTS[b.code]))
  // Cheap things sell more often: weight 1/√price, so a ₱1,000 cable sells 7 times as often as a ₱50,000 laptop.
  const variantShares = cumulativeShares(ctx.catalog.map((v) => 1 / Math.sqrt(Math.max(v.priceCentavos, 100) / 100)))

  return function fill(plan: ReturnType<typeof planSales>, from: number, to: number): SaleBatch {
    const batch: SaleBatch = {
      orders: { id: [], customerId: [], salesChannelId: [], email: [], createdAt: [], total: [], summaryId: [],
        collectionId: [], sessionId: [], paymentId: [], captureId: [], linkId: [], transactionId: [] },
      lines: { id: [], itemId: [], taxLineId: [], orderId: [], variant: [], unitPrice: [], quantity: [], createdAt: [] },
      totalCentavos: 0,
      vatCentavos: 0,
    }
    const { orders, lines } = batch
    for (let i = from; i < to; i++) {
      const ms = plan.times[i]
      const time = ids.timePart(ms)
      const at = new Date(ms).toISOString()
      const orderId = ids.id("order", time)
      // Repeat customers: the square skews picks towards some of the fifty.
      const customer = rnd.next() < 0.5 ? ctx.customers[Math.floor(rnd.next() ** 2 * ctx.customers.length)] : undefined

      const chosen = new Set<number>()
      while (chosen.size < plan.lineCounts[i]) chosen.add(pickShare(variantShares, rnd.next()))
      let total = 0
      for (const v of chosen) {
        const variant = ctx.catalog[v]
        const r = rnd.next()
        const quantity = r < 0.75 ? 1 : r < 0.93 ? 2 : 3
        const lineTotal = variant.priceCentavos * quantity
        total += lineTotal
        batch.vatCentavos += vatCentavos(lineTotal, ctx.vat.rate)
        lines.id.push(ids.id("ordli", time))
        lines.itemId.push(ids.id("orditem", time))
        lines.taxLineId.push(ids.id("ordlitxl", time))
        lines.orderId.push(orderId)
        lines.variant.push(v + 1)
        lines.unitPrice.push(fromCentavos(variant.priceCentavos))
        lines.quantity.push(quantity)
        lines.createdAt.push(at)
      }
      batch.totalCentavos += total

      orders.id.push(orderId)
      orders.customerId.push(customer?.id ?? null)
      orders.email.push(customer?.email ?? null)
      orders.salesChannelId.push(ctx.branches[pickShare(branchShares, rnd.next())].salesChannelId)
      orders.createdAt.push(at)
      orders.total.push(fromCentavos(total))
      orders.summaryId.push(ids.id("ordsum", time))
      orders.collectionId.push(ids.id("pay_col", time))
      orders.sessionId.push(ids.id("payses", time))
      orders.paymentId.push(ids.id("pay", time))
      orders.captureId.push(ids.id("capt", time))
      orders.linkId.push(ids.id("ordpay", time))
      orders.transactionId.push(ids.id("ordtrx", time))
    }
    return batch
  }
}
