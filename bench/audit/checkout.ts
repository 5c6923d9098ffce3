import { AUDIT_MODULE, runWithAuditContext, type AuditModuleService } from "@kassa/audit/kit"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { addTicketLineWorkflow, openDrawerSessionWorkflow, openTicketWorkflow, posCheckoutWorkflow } from "@kassa/pos/kit"
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
 * A checkout = the counter's checkout workflow on a three-line ticket, paid in cash. Tickets
 * are prepared beforehand; only the checkout is timed. Checkouts alternate capture on and off so
 * drift (table growth, cache warmth) hits both alike; "on" runs as a signed-in request would,
 * with an audit context, so the per-connection session setting is paid too.
 */
export async function benchCheckout(container: MedusaContainer) {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const [user] = await container.resolve(Modules.USER).listUsers({}, { take: 1 })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "branch", fields: ["code", "stock_location_id", "registers.id"] })
  const branch = (data as { code: string; stock_location_id: string; registers: { id: string }[] }[]).find((b) => b.code === "MNL")!
  const location = branch.stock_location_id
  const [staff] = await container.resolve<{ listStaffMembers: (f: object, c: object) => Promise<{ id: string }[]> }>("kassaStaff").listStaffMembers({}, { take: 1 })
  // No sale without an open drawer (one left open by an earlier run is refused, and fine).
  await openDrawerSessionWorkflow(container)
    .run({ input: { register_id: branch.registers[0].id, stock_location_id: location, opening_float: 0, denominations: null, opened_by: staff.id } })
    .catch(() => undefined)
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels({ location_id: location }, { take: 50 })
  // Stock for every run of the benchmark: the same shelf is sold from again and again.
  await inventory.updateInventoryLevels(
    levels.map((l) => ({ inventory_item_id: l.inventory_item_id, location_id: location, stocked_quantity: Number(l.stocked_quantity) + 1000 }))
  )
  const items = await inventory.listInventoryItems({ id: levels.map((l) => l.inventory_item_id) }, { select: ["sku"] })
  const skus = items.map((i) => i.sku!).filter(Boolean)

  let n = 0
  const ticket = async () => {
    const { result } = await openTicketWorkflow(container).run({ input: { stock_location_id: location, register_id: branch.registers[0].id, staff_member_id: staff.id } })
    for (let j = 0; j < 3; j++) await addTicketLineWorkflow(container).run({ input: { ticket_id: result.id, code: skus[n++ % skus.length], quantity: 1 } })
    return result.id
  }
  const tickets: string[] = []
  for (let i = 0; i < 2 * PAIRS + 1; i++) tickets.push(await ticket())

  const samples: Record<"on" | "off", number[]> = { on: [], off: [] }
  const sell = () =>
    posCheckoutWorkflow(container).run({
      input: { ticket_id: tickets.pop()!, tenders: [{ method: "cash", tendered: 10_000_000 }], idempotency_key: `bench-audit-${Date.now()}-${tickets.length}`, request_hash: "bench", user_id: user.id },
    })
  // "on" runs as a signed-in request would (its context reaches every connection); "off" has
  // neither the context nor the triggers: the checkout as it would be without Kassa's audit.
  const checkout = (mode: "on" | "off") =>
    mode === "off"
      ? sell()
      : runWithAuditContext(
          () => ({ actor_type: "user", actor_id: user.id, ip: "127.0.0.1", user_agent: "bench", branch_id: location, correlation_id: `bench-${tickets.length}` }),
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

  console.log(`\nCounter checkout (3 lines, cash), ${PAIRS} per mode, alternating:`)
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
