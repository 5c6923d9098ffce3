import { addTicketLineWorkflow, openDrawerSessionWorkflow, openTicketWorkflow, POS_MODULE, posCheckoutWorkflow, setConfigCacheEnabled } from "@kassa/pos/kit"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { writeFileSync } from "node:fs"
import { Session } from "node:inspector/promises"

// The module calls a checkout makes, timed where they are made (npm run bench:pos:profile).
const WATCHED: Record<string, string[]> = {
  [Modules.ORDER]: ["createOrders_", "updateOrderItems"],
  [Modules.PAYMENT]: ["createPaymentCollections"],
  [Modules.FULFILLMENT]: ["createFulfillment"],
  [Modules.INVENTORY]: ["listInventoryLevels", "updateInventoryLevels"],
  [Modules.TAX]: ["getTaxLines"],
  [Modules.PROMOTION]: ["computeActions"],
  [Modules.LOCKING]: ["execute"],
  [POS_MODULE]: ["claimCheckoutKey", "checkoutRecords", "settingsFor", "completeSale"],
  [ContainerRegistrationKeys.QUERY]: ["graph"],
  [ContainerRegistrationKeys.LINK]: ["create"],
}

type Service = Record<string, (...args: unknown[]) => Promise<unknown>>

/** Wraps the watched methods; `record` says whether a call counts (warm-up runs do not). */
function watch(container: MedusaContainer, record: () => boolean) {
  const timings = new Map<string, [number, number][]>()
  for (const [key, names] of Object.entries(WATCHED)) {
    const service = container.resolve<Service>(key)
    for (const name of names) {
      const original = service[name]
      service[name] = async function (this: unknown, ...args: unknown[]) {
        const [started, cpu] = [performance.now(), process.cpuUsage()]
        try {
          return await original.apply(this, args)
        } finally {
          const label = `${key}.${name}${name === "graph" ? `(${(args[0] as { entity?: string })?.entity})` : ""}`
          const { user, system } = process.cpuUsage(cpu)
          if (record()) timings.set(label, [...(timings.get(label) ?? []), [performance.now() - started, (user + system) / 1000]])
        }
      }
    }
  }
  return timings
}

/**
 * Where a counter checkout's time goes: `sales=` (default 12) three-line cash sales at Manila
 * through the workflows (the first 2 warm up), then the mean time per checkout of each module
 * call, wall and Node CPU (process.cpuUsage: every thread of the process, GC helpers too, and
 * whatever ran beside the call). Calls inside the stock lock are counted inside `locking.execute`
 * too; steps that run side by side overlap. `cpuprofile=<file>` also writes a V8 CPU profile of the measured checkouts
 * (open it in Chrome's DevTools), for the time spent in Node rather than waiting on the database.
 * `ab=config-cache` checks out with the setup cache (cache/config-cache.ts) off and on by turns and
 * prints both: the same process and minute, so the host's drift does not land on one side.
 */
export default async function profileCheckout({ container, args }: ExecArgs) {
  const arg = (name: string) => args.find((a) => a.startsWith(`${name}=`))?.split("=")[1]
  const sales = Number(arg("sales") ?? 12)
  const cpuProfile = arg("cpuprofile")
  const ab = arg("ab") === "config-cache"
  const byMode: Record<string, [number, number][]> = { "cache off": [], "cache on": [] }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: branches } = await query.graph({ entity: "branch", fields: ["code", "stock_location_id", "registers.id"] })
  const branch = (branches as { code: string; stock_location_id: string; registers: { id: string }[] }[]).find((b) => b.code === "MNL")!
  const [staff] = await container.resolve<{ listStaffMembers: (f: object, c: object) => Promise<{ id: string }[]> }>("kassaStaff").listStaffMembers({}, { take: 1 })
  // No sale without an open drawer (one left open by an earlier run is refused, and fine).
  await openDrawerSessionWorkflow(container)
    .run({ input: { register_id: branch.registers[0].id, stock_location_id: branch.stock_location_id, opening_float: 0, denominations: null, opened_by: staff.id } })
    .catch(() => undefined)
  const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({ location_id: branch.stock_location_id, stocked_quantity: { $gt: 100 } }, { take: 60 })
  const items = await container.resolve(Modules.INVENTORY).listInventoryItems({ id: levels.map((l) => l.inventory_item_id) }, { select: ["sku"] })
  const skus = items.map((i) => i.sku!).filter(Boolean)

  let recording = false
  const timings = watch(container, () => recording)
  // Every module shares this knex: its query events count the SQL statements of a checkout.
  let statements = 0
  container.resolve<{ on: (event: string, fn: () => void) => void }>(ContainerRegistrationKeys.PG_CONNECTION).on("query", () => {
    if (recording) statements++
  })
  const totals: [number, number][] = []
  const inspector = new Session()
  if (cpuProfile) {
    inspector.connect()
    await inspector.post("Profiler.enable")
  }
  for (let i = 0; i < sales; i++) {
    const { result: ticket } = await openTicketWorkflow(container).run({
      input: { stock_location_id: branch.stock_location_id, register_id: branch.registers[0].id, staff_member_id: staff.id },
    })
    for (let j = 0; j < 3; j++) await addTicketLineWorkflow(container).run({ input: { ticket_id: ticket.id, code: skus[(i * 3 + j) % skus.length], quantity: 1 } })
    recording = i >= 2
    if (cpuProfile && i === 2) await inspector.post("Profiler.start")
    const mode = i % 2 ? "cache on" : "cache off"
    if (ab) setConfigCacheEnabled(mode === "cache on")
    const [started, cpu] = [performance.now(), process.cpuUsage()]
    await posCheckoutWorkflow(container).run({
      input: { ticket_id: ticket.id, tenders: [{ method: "cash", tendered: 10_000_000 }], idempotency_key: `profile-${Date.now()}-${i}`, request_hash: "profile", user_id: "profile" },
    })
    const { user, system } = process.cpuUsage(cpu)
    if (recording) totals.push([performance.now() - started, (user + system) / 1000])
    if (recording && ab) byMode[mode].push(totals[totals.length - 1])
    recording = false
  }
  if (cpuProfile) {
    const { profile } = await inspector.post("Profiler.stop")
    writeFileSync(cpuProfile, JSON.stringify(profile))
    console.log(`CPU profile of the measured checkouts: ${cpuProfile}`)
  }
  setConfigCacheEnabled(true)
  const n = totals.length
  const mean = (t: [number, number][], i: 0 | 1) => t.reduce((a, b) => a + b[i], 0) / n
  console.log(
    `\nCheckout workflow (3 lines, cash): mean ${mean(totals, 0).toFixed(1)} ms (${mean(totals, 1).toFixed(1)} ms of Node CPU) over ${n}, ${(statements / n).toFixed(0)} SQL statements each`
  )
  console.log("  wall ms   CPU ms  calls")
  const rows = [...timings].map(([label, t]) => [label, mean(t, 0), mean(t, 1), t.length / n] as const).sort((a, b) => b[1] - a[1])
  for (const [label, ms, cpu, calls] of rows) console.log(`  ${ms.toFixed(1).padStart(7)}  ${cpu.toFixed(1).padStart(7)}  ${calls.toFixed(1)}×  ${label}`)
  if (!ab) return
  console.log("\nThe setup cache off and on by turns (per checkout):")
  for (const [mode, t] of Object.entries(byMode)) {
    const stat = (i: 0 | 1) => {
      const sorted = t.map((x) => x[i]).sort((a, b) => a - b)
      return `mean ${(sorted.reduce((a, b) => a + b, 0) / sorted.length).toFixed(1)}, median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)}`
    }
    console.log(`  ${mode.padEnd(10)} ${t.length} checkouts: Node CPU ms ${stat(1)}; wall ms ${stat(0)}`)
  }
}
