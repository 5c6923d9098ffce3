import { AUDIT_MODULE, runWithAuditContext, type AuditModuleService } from "@kassa/audit/kit"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { placeOrder } from "../../src/scripts/demo/place-order"
import { percentile, summary, timed } from "./stats"

const PAIRS = 60

async function setCapture(knex: Knex, on: boolean) {
  const { rows } = await knex.raw(`select tgrelid::regclass::text as t from pg_trigger where tgname = 'kassa_audit_capture'`)
  for (const { t } of rows) await knex.raw(`alter table ${t} ${on ? "enable" : "disable"} trigger kassa_audit_capture`)
}

/** Calls and time spent in the capture trigger so far (turns on track_functions in the benchmark's own cluster). */
async function triggerStats(knex: Knex): Promise<{ calls: number; ms: number } | null> {
  if (process.env.KASSA_BENCH_OWN_DB !== "true") return null // never reconfigure someone's server
  try {
    await knex.raw(`alter system set track_functions = 'pl'`)
    await knex.raw(`select pg_reload_conf()`)
  } catch {
    return null
  }
  const { rows } = await knex.raw(`select calls, self_time from pg_stat_user_functions where funcname = 'kassa_audit_capture'`)
  return { calls: Number(rows[0]?.calls ?? 0), ms: Number(rows[0]?.self_time ?? 0) }
}

/** The session setting's price: queries whose context changes every time, against ones whose does not. */
async function contextSwitchCost(knex: Knex) {
  const N = 500
  const ctx = (id: string) => () => ({ actor_type: "user", actor_id: "u", ip: null, user_agent: null, branch_id: null, correlation_id: id })
  const same = ctx("same")
  const [steady] = await timed(async () => {
    for (let i = 0; i < N; i++) await runWithAuditContext(same, () => knex.raw("select 1"))
  })
  const [changing] = await timed(async () => {
    for (let i = 0; i < N; i++) await runWithAuditContext(ctx(`c${i}`), () => knex.raw("select 1"))
  })
  return (changing - steady) / N
}

/**
 * A checkout = a Medusa order placed through the cart workflows and paid (the POS checkout of
 * issue 4 builds on the same workflows). Checkouts alternate capture on and off so drift (table
 * growth, cache warmth) hits both alike; each checkout runs as a signed-in request would,
 * with an audit context, so the per-connection session setting is paid too.
 */
export async function benchCheckout(container: MedusaContainer) {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const [user] = await container.resolve(Modules.USER).listUsers({}, { take: 1 })
  const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ name: "Manila Branch" })
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels({ location_id: location.id }, { take: 50 })
  // Stock for every run of the benchmark: the same shelf is sold from again and again.
  await inventory.updateInventoryLevels(
    levels.map((l) => ({ inventory_item_id: l.inventory_item_id, location_id: location.id, stocked_quantity: Number(l.stocked_quantity) + 1000 }))
  )
  const items = await inventory.listInventoryItems({ id: levels.map((l) => l.inventory_item_id) }, { select: ["sku"] })
  const variants = await container.resolve(Modules.PRODUCT).listProductVariants({ sku: items.map((i) => i.sku!) }, { select: ["id"] })

  const samples: Record<"on" | "off", number[]> = { on: [], off: [] }
  let n = 0
  const sell = () => placeOrder(container, { variantId: variants[n++ % variants.length].id, locationId: location.id })
  // "on" runs as a signed-in request would (its context reaches every connection); "off" has
  // neither the context nor the triggers: the Medusa checkout as it is without Kassa's audit.
  const checkout = (mode: "on" | "off") =>
    mode === "off"
      ? sell()
      : runWithAuditContext(
          () => ({ actor_type: "user", actor_id: user.id, ip: "127.0.0.1", user_agent: "bench", branch_id: location.id, correlation_id: `bench-${n}` }),
          sell
        )
  await checkout("on") // warm-up: first use compiles workflows and fills caches
  const captured = await triggerStats(knex)
  for (let pair = 0; pair < PAIRS; pair++) {
    for (const mode of pair % 2 ? (["off", "on"] as const) : (["on", "off"] as const)) {
      await setCapture(knex, mode === "on")
      samples[mode].push((await timed(() => checkout(mode)))[0])
    }
  }
  await new Promise((r) => setTimeout(r, 1500)) // other backends flush function statistics about once a second
  const after = await triggerStats(knex)
  await setCapture(knex, true)
  await container.resolve<AuditModuleService>(AUDIT_MODULE).chain()

  console.log(`\nCheckout (cart → order, paid), ${PAIRS} per mode, alternating:`)
  console.log(`  capture off  ${summary(samples.off)}`)
  console.log(`  capture on   ${summary(samples.on)}`)
  const added = (p: number) => (percentile(samples.on, p) - percentile(samples.off, p)).toFixed(1)
  console.log(`  added by auditing: p50 ${added(50)} ms, p95 ${added(95)} ms`)
  // The same comparison between two halves of the "off" sample: what chance alone moves.
  const halves = [samples.off.filter((_, i) => i % 2 === 0), samples.off.filter((_, i) => i % 2 === 1)]
  const noise = (p: number) => Math.abs(percentile(halves[0], p) - percentile(halves[1], p)).toFixed(1)
  console.log(`  noise (off vs off, two halves): p50 ${noise(50)} ms, p95 ${noise(95)} ms`)
  console.log(`  handing the request's context to a pooled connection: ${(await contextSwitchCost(knex)).toFixed(3)} ms each time one changes hands`)
  if (captured && after) {
    const checkouts = PAIRS
    console.log(
      `  inside the capture trigger: ${((after.ms - captured.ms) / checkouts).toFixed(2)} ms per checkout ` +
        `(${((after.calls - captured.calls) / checkouts).toFixed(1)} rows captured per checkout)`
    )
  }
}
