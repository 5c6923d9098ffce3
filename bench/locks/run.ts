import { moveLevels } from "@kassa/pos/kit"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { BRANCHES } from "../../src/scripts/demo/people"
import { dist } from "../pos/stats"

/**
 * The stock lock's variants under the load that deadlocked Medusa's multi-key lock on Redis: four
 * registers per branch, two branches, each sale taking one unit of three of four shared items,
 * listed in a random order. Every sale is the counter's stock move (read the levels, check,
 * write them) between `work` ms of CPU before and after (the rest of a checkout, on the same
 * event loop, as in one server). Variants:
 *   multi   – one `locking.execute(sortedKeys)` (what Kassa did: parallel acquisition on Redis)
 *   ordered – one key at a time, sorted, each its own single-key `execute`
 *   branch  – one key per branch: every stock move of a branch one after another
 *   rows    – no lock module: moveLevels, what Kassa ships (the levels' rows locked `for update`
 *             in id order, read, checked and written in one PostgreSQL transaction)
 * A variant stops starting sales after `limit` s (a deadlocked one would otherwise run for minutes).
 * Prints per variant: sales done, refused on a lock time-out, sales per second, latency of the
 * stock move (lock wait included), and whether the levels equal the start minus the units sold.
 */
type Level = { id: string; inventory_item_id: string; location_id: string }
type Variant = (levels: Level[], location: string, move: () => Promise<void>) => Promise<void>

const ITEMS = 4
const LINES = 3
const START = 1_000_000

function busy(ms: number) {
  const until = performance.now() + ms
  while (performance.now() < until);
}

function shuffled<T>(list: T[]) {
  const copy = [...list]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}

/** The stock move through the inventory module (Kassa's before moveLevels): read, check, one batched write. */
async function moveThroughModule(container: MedusaContainer, levels: Level[], location: string) {
  const inventory = container.resolve(Modules.INVENTORY)
  const read = await inventory.listInventoryLevels({ inventory_item_id: levels.map((l) => l.inventory_item_id), location_id: location })
  if (read.some((l) => Number(l.stocked_quantity) - Number(l.reserved_quantity) < 1)) throw new Error("out of stock")
  await inventory.updateInventoryLevels(read.map((l) => ({ inventory_item_id: l.inventory_item_id, location_id: location, stocked_quantity: Number(l.stocked_quantity) - 1 })))
}

/** One key at a time in sorted order, each by its own single-key `execute` (released on the way out). */
function inOrder(container: MedusaContainer, keys: string[], job: () => Promise<void>) {
  const locking = container.resolve(Modules.LOCKING)
  const ordered = [...keys].sort()
  const from = (i: number): Promise<void> => (i === ordered.length ? job() : locking.execute(ordered[i], () => from(i + 1)))
  return from(0)
}

export default async function benchLocks({ container, args }: ExecArgs) {
  const arg = (name: string, fallback: number) => Number(args.find((a) => a.startsWith(`${name}=`))?.split("=")[1] ?? fallback)
  const [sales, work, perBranch, limit] = [arg("sales", 40), arg("work", 30), arg("registers", 4), arg("limit", 40)]
  const inventory = container.resolve(Modules.INVENTORY)
  const locking = container.resolve(Modules.LOCKING)
  const locations = (await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ name: BRANCHES.map((b) => b.name) })).slice(0, 2)
  if (locations.length < 2) throw new Error("The demo retailer is missing: run `node scripts/kassa.js setup` first")

  const variants: Record<string, Variant> = {
    multi: (levels, location, move) => locking.execute(levels.map((l) => `bench-multi:${l.inventory_item_id}:${location}`).sort(), move),
    ordered: (levels, location, move) => inOrder(container, levels.map((l) => `bench-ordered:${l.inventory_item_id}:${location}`), move),
    branch: (_levels, location, move) => locking.execute(`bench-branch:${location}`, move),
    rows: (levels, location) => moveLevels(container, location, levels.map((l) => ({ inventory_item_id: l.inventory_item_id, delta: -1, title: l.id }))),
  }
  const provider = process.env.REDIS_URL ? "Redis" : "in-memory"
  console.log(
    `Stock locks: ${perBranch} registers × ${locations.length} branches, ${sales} sales each of ${LINES} of ${ITEMS} shared items, ${work} ms of CPU around each move; locking provider ${provider}`
  )
  console.log(`  variant       sales  time-outs  other errors   per s   p50 ms   p95 ms   max ms   stock`)
  const report: Record<string, unknown> = {}
  for (const [name, lockAround] of Object.entries(variants)) {
    const items = await inventory.createInventoryItems(Array.from({ length: ITEMS }, (_, i) => ({ sku: `BENCH-LOCK-${name}-${Date.now()}-${i}`, title: `Lock bench ${name} ${i}` })))
    const created = await inventory.createInventoryLevels(
      locations.flatMap((loc) => items.map((it) => ({ inventory_item_id: it.id, location_id: loc.id, stocked_quantity: START })))
    )
    const levels = created as unknown as Level[]
    const sold = new Map<string, number>()
    const timings: number[] = []
    let [timeouts, errors] = [0, 0]
    const started = performance.now()
    const register = async (location: string) => {
      for (let s = 0; s < sales && performance.now() - started < limit * 1000; s++) {
        busy(work / 2)
        await new Promise((r) => setImmediate(r))
        const ticket = shuffled(levels.filter((l) => l.location_id === location)).slice(0, LINES)
        const t = performance.now()
        try {
          await lockAround(ticket, location, () => (name === "rows" ? Promise.resolve() : moveThroughModule(container, ticket, location)))
          timings.push(performance.now() - t)
          for (const l of ticket) sold.set(l.id, (sold.get(l.id) ?? 0) + 1)
        } catch (e) {
          if (/time|busy|lock/i.test((e as Error).message)) timeouts++
          else errors++
        }
        busy(work / 2)
        await new Promise((r) => setImmediate(r))
      }
    }
    await Promise.all(locations.flatMap((loc) => Array.from({ length: perBranch }, () => register(loc.id))))
    const seconds = (performance.now() - started) / 1000
    const after = await inventory.listInventoryLevels({ id: levels.map((l) => l.id) })
    const exact = after.every((l) => Number(l.stocked_quantity) === START - (sold.get(l.id) ?? 0))
    const s = { ...dist(timings), max: timings.length ? Math.max(...timings) : NaN }
    const done = timings.length
    report[name] = { sales: done, timeouts, errors, per_s: +(done / seconds).toFixed(1), ...s, stock_exact: exact }
    console.log(
      `  ${name.padEnd(12)} ${String(done).padStart(6)} ${String(timeouts).padStart(10)} ${String(errors).padStart(13)} ${(done / seconds).toFixed(1).padStart(7)} ${s.p50.toFixed(1).padStart(8)} ${s.p95.toFixed(1).padStart(8)} ${s.max.toFixed(1).padStart(8)}   ${exact ? "exact" : "WRONG"}`
    )
  }
  console.log(JSON.stringify({ provider, registers: perBranch * locations.length, sales, work, variants: report }))
}
