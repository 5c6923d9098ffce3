import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { Api, signIn, tally } from "./http"
import { registersCheckingOut, registersSelling, ringUpTickets, sell, type Register, type Sold } from "./pos-sales"
import { freePort, startServer } from "./server"
import { findProcess, profileProcess } from "./server-profile"
import { cpuShares, dist, header, machineTicks, redisPid, roleCpuSeconds, round, row, timed, treeCpuSeconds } from "./stats"
import { benchLevels, checkStock } from "./stock-check"
import { fillCarts, storeCheckout, storeClientsAtOnce, storeClientsCompleting, type Channel } from "./store-checkout"

type Variant = { id: string; barcode: string; inventory_item_id: string }
type Json = Record<string, any>

/**
 * See bench/pos.js. Args: out=<result file>, port=<n> (default: a free one), scale=<factor for
 * every count>, cpuprofile=<file> (a CPU profile of the server in the 4-register checkouts),
 * servers=<n> (`kassa.js cluster` with n servers and a worker behind nginx, on redis=<url>,
 * instead of `kassa.js start`).
 */
export default async function posBench({ container, args }: ExecArgs) {
  const arg = (name: string) => args.find((a) => a.startsWith(`${name}=`))?.split("=")[1]
  const scale = Number(arg("scale") ?? 1)
  const count = (n: number) => Math.max(1, Math.round(n * scale))
  const out = path.resolve(arg("out") ?? ".kassa-bench/pos-bench.json")
  const cpuProfile = arg("cpuprofile")
  const servers = Number(arg("servers") ?? 0)
  const cluster = servers > 0 ? { servers, redisUrl: arg("redis") ?? "redis://127.0.0.1:6379/3" } : undefined
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

  const { rows: catalog } = (await knex.raw(
    `select v.id, v.barcode, pvii.inventory_item_id from product_variant v
       join product_variant_inventory_item pvii on pvii.variant_id = v.id and pvii.deleted_at is null
      where v.sku like 'BENCH-%' and v.deleted_at is null`
  )) as { rows: Variant[] }
  if (!catalog.length) throw new Error("No bench catalogue: run bench/pos/seed-variants.ts first (npm run bench:pos does)")
  const { rows: [{ n: allVariants }] } = await knex.raw(`select count(*)::int as n from product_variant where deleted_at is null`)
  const itemOf = new Map(catalog.map((v) => [v.id, v.inventory_item_id]))
  const pick = (k: number) => Array.from({ length: k }, () => catalog[Math.floor(Math.random() * catalog.length)])

  // With the CPU the machine was busy for, and how much of it was this benchmark's (the server,
  // its PostgreSQL, this client): a phase that does not scale is often just saturated, and
  // a gap between the two means something else was running. Each process's share is of one
  // core: the server's Node runs JavaScript on one, so near 100 % it is the limit.
  const pidFile = path.join(path.dirname(out), "pg", "postmaster.pid") // absent with DATABASE_URL
  const pgPid = () => (fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]) : 0)
  let serverPid = 0
  const redis = cluster ? redisPid() : 0
  const cpuSeconds = () => {
    const { user, system } = process.cpuUsage()
    return { ...roleCpuSeconds(serverPid), redis: redis ? treeCpuSeconds([redis]) : 0, pg: treeCpuSeconds([pgPid()]), client: (user + system) / 1e6 }
  }
  type Cpu = ReturnType<typeof cpuSeconds>
  const phases: [string, number, ReturnType<typeof cpuShares>, Cpu][] = []
  const phase = async <T>(name: string, fn: () => Promise<T>) => {
    const [ticks, before] = [machineTicks(), cpuSeconds()]
    const [ms, result] = await timed(fn)
    const after = cpuSeconds()
    const cores = (k: keyof Cpu) => (after[k] - before[k]) / (ms / 1000)
    const per = Object.fromEntries(Object.keys(after).map((k) => [k, cores(k as keyof Cpu)])) as Cpu
    phases.push([name, ms, cpuShares(ticks, machineTicks()), per])
    return result
  }

  // As pgbench does: the measured phases should not pay for the seed's or an earlier run's
  // leftovers (autovacuum of fresh rows, hint bits set on first read, stale planner statistics,
  // a checkpoint writing out the seed). CHECKPOINT needs a superuser (the embedded cluster's is).
  await phase("vacuum, analyze, checkpoint", async () => {
    await knex.raw("vacuum (analyze)")
    await knex.raw("checkpoint").catch(() => undefined)
  })
  const server = await phase("server start (kassa.js start → /health)", async () => {
    if (cluster) await flushRedis(cluster.redisUrl) // nothing queued by an earlier run
    const started = await startServer(Number(arg("port") ?? 0) || (await freePort()), path.join(path.dirname(out), cluster ? "pos-cluster.log" : "pos-server.log"), cluster)
    serverPid = started.pid
    return started
  })
  const m = await measure().finally(() => phase("server stop (SIGINT to its group)", () => server.stop()))

  async function measure() {
    const anon = new Api(server.base)
    const admin = await signIn(anon, "owner@example.com", process.env.KASSA_DEMO_PASSWORD || "kassa-demo")
    const { stock_locations } = (await admin.call("setup", "GET", "/admin/stock-locations?fields=id,name&limit=50")).json
    const branches: { location_id: string; name: string; sales_channel_id: string; registers: string[] }[] = []
    for (const l of stock_locations as { id: string; name: string }[]) {
      const counter = await admin.call("setup", "GET", `/admin/kassa/pos/counter?location_id=${l.id}`).catch(() => null)
      if (counter) branches.push({ location_id: l.id, name: l.name, sales_channel_id: counter.json.branch.sales_channel_id, registers: counter.json.registers.map((r: Json) => r.id) })
    }
    branches.sort((a, b) => Number(b.name.startsWith("Manila")) - Number(a.name.startsWith("Manila")))
    const manila = branches[0]
    // Interleaved (R1 of every branch, then R2…) so that 4 or 8 loops spread over the branches.
    const registers: Register[] = []
    for (let r = 0; r < Math.max(...branches.map((b) => b.registers.length)); r++) {
      for (const b of branches) if (b.registers[r]) registers.push({ location_id: b.location_id, register_id: b.registers[r] })
    }
    // No sale without an open drawer; one left open by an earlier run answers 409.
    for (const r of registers) {
      await admin.call("setup", "POST", "/admin/kassa/pos/drawer-sessions", { register_id: r.register_id, opening_float: 0 }).catch(() => undefined)
    }
    const channels: Channel[] = branches.map((b) => ({ sales_channel_id: b.sales_channel_id, location_id: b.location_id }))
    const { api_keys } = (await admin.call("setup", "GET", "/admin/api-keys?type=publishable&fields=id,title,token,revoked_at")).json
    const keys = (api_keys as Json[]).filter((k) => !k.revoked_at)
    const key = keys.find((k) => k.title === "Kassa storefront") ?? keys[0]
    const store = anon.with({ "x-publishable-api-key": key.token })
    const { regions } = (await store.call("setup", "GET", "/store/regions?fields=id,currency_code")).json
    const regionId = ((regions as Json[]).find((r) => r.currency_code === "php") ?? regions[0]).id as string

    // Only the measured run's failures count (a location without a branch answered 404 above).
    Object.assign(tally, { errors: 0, conflicts: 0, samples: [] })
    const before = await benchLevels(knex)
    const { rows: [{ now: since }] } = await knex.raw(`select now()`)
    const ticks = machineTicks()
    const sold = { pos: [] as Sold[], store: [] as Sold[] }
    let warmed = 0
    const codes = () => pick(3).map((v) => v.barcode)
    const ids = () => pick(3).map((v) => v.id)

    // First calls compile workflows and fill caches: not measured. A counter's server runs all
    // day, and the figures are for that server: V8 optimises a hot path only after some hundreds
    // of calls and each pooled database connection fills its own catalogue cache on first use,
    // so 1,000 scans come first (about 15 s: on Node 24 scan p95 still fell by a tenth from 200
    // to 700 scans, and settled after ~1,000). The sales warm up on the first 3.
    await phase("warm-up", async () => {
      for (const v of pick(count(1000))) await admin.call("warm-up", "GET", `/admin/kassa/pos/scan?location_id=${manila.location_id}&code=${v.barcode}`)
      for (let i = 0; i < 3; i++, warmed++) sold.pos.push(...(await sell(admin, registers[0], codes())).sold)
      for (let i = 0; i < 2; i++, warmed++) sold.store.push(...(await storeCheckout(store, regionId, channels[0], ids())).sold)
    })
    admin.take()
    store.take()

    const scans = await phase("scan", async () => {
      for (const v of pick(count(500))) {
        const { json } = await admin.call("POS scan", "GET", `/admin/kassa/pos/scan?location_id=${manila.location_id}&code=${v.barcode}`)
        if (json.variants?.[0]?.id !== v.id) {
          tally.errors++
          if (tally.samples.length < 5) tally.samples.push(`scan ${v.barcode}: answered ${JSON.stringify(json).slice(0, 200)}`)
        }
      }
      return admin.take().get("POS scan") ?? []
    })
    // Each concurrency twice: whole sales (open, scan three, pay) back to back, and checkouts
    // back to back on tickets rung up beforehand (the checkout's own rate, unmixed with scans).
    const pos = async (loops: number, wholePerLoop: number, perLoop: number) => {
      const lanes = loops === 1 ? [registers[0]] : registers
      const label = `POS, ${loops} register${loops > 1 ? "s" : ""}`
      const whole = await phase(`${label}: whole sales`, () => registersSelling(admin, lanes, loops, wholePerLoop, codes))
      const calls = admin.take()
      const ready = await phase(`${label}: ringing up tickets`, () => ringUpTickets(admin, lanes, loops, perLoop, codes))
      admin.take()
      const profiler = loops === 4 && cpuProfile ? await profileProcess(findProcess(server.pid, "medusa")) : null
      const checkouts = await phase(`${label}: checkouts`, () => registersCheckingOut(admin, ready))
      if (profiler) fs.writeFileSync(cpuProfile!, JSON.stringify(await profiler.stop()))
      admin.take()
      for (const s of [...whole.results, ...checkouts.results]) sold.pos.push(...s.sold)
      return { whole, checkouts, calls }
    }
    const r1 = await pos(1, count(40), count(80))
    const r4 = await pos(4, count(20), count(50))
    const r8 = await pos(8, count(10), count(25))
    const stock = async (clients: number, wholePerClient: number, perClient: number) => {
      const lanes = clients === 1 ? [channels[0]] : channels
      const label = `store, ${clients} client${clients > 1 ? "s" : ""}`
      const whole = await phase(`${label}: whole checkouts`, () => storeClientsAtOnce(store, regionId, lanes, clients, wholePerClient, ids))
      const calls = store.take()
      const ready = await phase(`${label}: filling carts`, () => fillCarts(store, regionId, lanes, clients, perClient, ids))
      store.take()
      const completes = await phase(`${label}: completes`, () => storeClientsCompleting(store, ready))
      store.take()
      for (const s of [...whole.results, ...completes.results]) sold.store.push(...s.sold)
      return { whole, checkouts: completes, calls }
    }
    const s1 = await stock(1, count(15), count(20))
    const s4 = await stock(4, count(8), count(10))

    const checkouts = warmed + [r1, r4, r8, s1, s4].reduce((n, r) => n + r.whole.results.length + r.checkouts.results.length, 0)
    const stolen = cpuShares(ticks, machineTicks()).steal
    const check = await phase("stock check", () => checkStock(knex, before, itemOf, sold, checkouts, since))
    return { stolen, scans, r1, r4, r8, s1, s4, check, manila: manila.name, branches: branches.length, registers: registers.length }
  }

  const { scans, r1, r4, r8, s1, s4, check } = m
  const p95 = (samples: number[]) => dist(samples).p95
  type Run = typeof r1
  const ck = (r: Run) => r.checkouts.results.map((x) => x.checkoutMs)
  const whole = (r: Run) => r.whole.results.map((x) => x.saleMs)
  const sc = (r: typeof s1) => r.checkouts.results.map((x) => x.completeMs)
  const sw = (r: typeof s1) => r.whole.results.map((x) => x.checkoutMs)
  const ratio = {
    // The issue's comparison: the counter's checkout against the storefront's whole checkout.
    storefront: p95(sw(s4)) / p95(ck(r4)),
    storefrontPerSecond: r4.checkouts.perSecond / s4.whole.perSecond,
    call: p95(sc(s4)) / p95(ck(r4)),
    sale: p95(sw(s4)) / p95(whole(r4)),
    perSecond: r4.checkouts.perSecond / s4.checkouts.perSecond,
    salesPerSecond: r4.whole.perSecond / s4.whole.perSecond,
  }
  // Where a checkout's CPU goes with 4 registers, per process kind, and what that CPU would serve
  // on more cores: everything but the bench's own client (registers are other machines).
  const [, ckMs, , ckCpu] = phases.find(([name]) => name === "POS, 4 registers: checkouts")!
  const perCheckout = Object.fromEntries(Object.entries(ckCpu).map(([k, cores]) => [k, (cores * ckMs) / r4.checkouts.results.length])) as typeof ckCpu
  const serverSide = perCheckout.server + perCheckout.worker + perCheckout.proxy + perCheckout.redis + perCheckout.pg
  const model = Object.fromEntries([2, 4, 8].map((cores) => [cores, (cores * 1000) / serverSide]))
  const mode = cluster ? `${cluster.servers} servers and a worker on Redis behind nginx (kassa.js cluster)` : "one server (kassa.js start)"
  const lines = [
    "",
    `POS benchmark, ${mode}: ${catalog.length.toLocaleString("en")} bench variants (${allVariants.toLocaleString("en")} in the catalogue), ` +
      `${m.branches} branches, ${m.registers} registers; Node ${process.version}; server ready in ${(server.readyMs / 1000).toFixed(1)} s`,
    `Like for like, 4 at once: a whole counter sale (open, 3 scans, pay) against the storefront's whole checkout (cart, 3 items, ` +
      `shipping, payment, complete): p95 ${ratio.sale.toFixed(1)}× shorter, ${ratio.salesPerSecond.toFixed(1)}× as many per second`,
    header(),
    row(`scan at ${m.manila}`, scans),
    ...([[1, r1], [4, r4], [8, r8]] as const).flatMap(([n, r]) => [
      row(`POS ${n} register${n > 1 ? "s" : ""}: checkout call`, ck(r), r.checkouts.perSecond),
      row(`POS ${n} register${n > 1 ? "s" : ""}: whole sale (open+3+pay)`, whole(r), r.whole.perSecond),
    ]),
    ...([[1, s1], [4, s4]] as const).flatMap(([n, r]) => [
      row(`store ${n} client${n > 1 ? "s" : ""}: complete call`, sc(r), r.checkouts.perSecond),
      row(`store ${n} client${n > 1 ? "s" : ""}: whole checkout (9 calls)`, sw(r), r.whole.perSecond),
    ]),
    "(checkout and complete calls: back to back on tickets and carts made ready beforehand; whole: everything back to back)",
    "",
    "Each call alone (1 register, 1 client):",
    ...[...r1.calls, ...s1.calls].map(([label, samples]) => row(label, samples)),
    "",
    `4 at once, the counter's pay step alone against the storefront's whole checkout (9 calls): p95 ${ratio.storefront.toFixed(1)}× shorter, ` +
      `${ratio.storefrontPerSecond.toFixed(1)}× as many per second`,
    `Stock ÷ POS, 4 at once: checkout call p95 ${ratio.call.toFixed(2)}, whole sale p95 ${ratio.sale.toFixed(2)}; ` +
      `POS ÷ stock per second: checkout calls ${ratio.perSecond.toFixed(2)}, whole sales ${ratio.salesPerSecond.toFixed(2)}`,
    `Stock: ${check.levels} levels touched, ${check.mismatches.length} that do not add up, ${check.oversold} oversold; ` +
      `${check.negativeLevels} negative levels in the database; ${check.orders} orders written, ${check.checkouts} checkouts answered 2xx`,
    ...check.mismatches.slice(0, 5).map((s) => `  ${s}`),
    `Errors: ${tally.errors} (409 out of stock: ${tally.conflicts})`,
    `CPU stolen by the host from warm-up to the last checkout: ${(m.stolen * 100).toFixed(1)} %`,
    ...tally.samples.map((s) => `  ${s}`),
    `Phases: wall time; of the CPU (all ${os.cpus().length} cores): busy, the part of it this benchmark used, and stolen by the host ` +
      `(other guests of a shared virtual machine); then each of the benchmark's processes in % of one core:`,
    `  ${"".padEnd(44)}${"wall".padStart(9)}${"busy".padStart(7)}${"ours".padStart(7)}${"steal".padStart(7)}${"server".padStart(8)}${"worker".padStart(8)}${"nginx".padStart(7)}${"redis".padStart(7)}${"pg".padStart(7)}${"client".padStart(8)}`,
    // Under a second the CPU counters (10 ms ticks) say little; below zero, processes exited in the phase (their ticks left with them).
    ...phases.map(([name, ms, cpu, per]) => {
      const pct = (x: number, width = 7) => (ms < 1000 || !Number.isFinite(x) || x < 0 ? "–" : `${(x * 100).toFixed(0)} %`).padStart(width)
      const ours = (per.server + per.worker + per.proxy + per.redis + per.pg + per.client) / os.cpus().length
      return `  ${name.padEnd(44)}${(ms / 1000).toFixed(1).padStart(7)} s${pct(cpu.busy)}${pct(ours)}${pct(cpu.steal)}${pct(per.server, 8)}${pct(per.worker, 8)}${pct(per.proxy)}${pct(per.redis)}${pct(per.pg)}${pct(per.client, 8)}`
    }),
    `  (server: the ${cluster ? `${cluster.servers} servers together` : "one server"}; redis: the machine's Redis server, measured in cluster mode only)`,
    "",
    `CPU per checkout with 4 registers, ms: ` +
      Object.entries(perCheckout).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(", ") +
      ` (${r4.checkouts.results.length} checkouts in ${(ckMs / 1000).toFixed(1)} s)`,
    `Model: the servers' side (all but the client) at ${serverSide.toFixed(1)} ms of CPU a checkout serves at most ` +
      Object.entries(model).map(([cores, perS]) => `${perS.toFixed(0)}/s on ${cores} cores`).join(", ") +
      `, given at least as many Node server processes as the server share of that CPU needs (${perCheckout.server.toFixed(1)} ms: one process, one core)`,
  ]
  console.log(lines.join("\n"))

  const result = {
    mode: cluster ? "cluster" : "single",
    servers: cluster?.servers ?? 1,
    variants: catalog.length,
    scan_p95_ms: round(p95(scans)),
    scan_p99_ms: round(dist(scans).p99),
    checkout_p95_ms_r1: round(p95(ck(r1))),
    checkout_p95_ms_r4: round(p95(ck(r4))),
    checkout_p95_ms_r8: round(p95(ck(r8))),
    sale_p95_ms_r1: round(p95(whole(r1))),
    sale_p95_ms_r4: round(p95(whole(r4))),
    sale_p95_ms_r8: round(p95(whole(r8))),
    checkouts_per_s_r1: round(r1.checkouts.perSecond, 2),
    checkouts_per_s_r4: round(r4.checkouts.perSecond, 2),
    checkouts_per_s_r8: round(r8.checkouts.perSecond, 2),
    sales_per_s_r1: round(r1.whole.perSecond, 2),
    sales_per_s_r4: round(r4.whole.perSecond, 2),
    sales_per_s_r8: round(r8.whole.perSecond, 2),
    stock_checkout_p95_ms_r1: round(p95(sc(s1))),
    stock_checkout_p95_ms_r4: round(p95(sc(s4))),
    stock_sale_p95_ms_r1: round(p95(sw(s1))),
    stock_sale_p95_ms_r4: round(p95(sw(s4))),
    stock_checkouts_per_s_r1: round(s1.checkouts.perSecond, 2),
    stock_checkouts_per_s_r4: round(s4.checkouts.perSecond, 2),
    stock_sales_per_s_r1: round(s1.whole.perSecond, 2),
    stock_sales_per_s_r4: round(s4.whole.perSecond, 2),
    storefront_checkout_over_pos_checkout_p95_r4: round(ratio.storefront, 2),
    pos_checkouts_over_storefront_checkouts_per_s_r4: round(ratio.storefrontPerSecond, 2),
    stock_over_pos_checkout_p95_r4: round(ratio.call, 2),
    stock_over_pos_sale_p95_r4: round(ratio.sale, 2),
    pos_over_stock_per_s_r4: round(ratio.perSecond, 2),
    pos_over_stock_sales_per_s_r4: round(ratio.salesPerSecond, 2),
    errors: tally.errors,
    conflicts: tally.conflicts,
    oversold: check.oversold,
    stock_mismatches: check.mismatches.length,
    orders_written: check.orders,
    checkouts_ok: check.checkouts,
    server_ready_s: round(server.readyMs / 1000),
    cpu_ms_per_checkout_r4: Object.fromEntries(Object.entries(perCheckout).map(([k, v]) => [k, round(v)])),
    model_checkouts_per_s: Object.fromEntries(Object.entries(model).map(([k, v]) => [`cores_${k}`, round(v)])),
    host_steal_pct: round(m.stolen * 100),
    node: process.version,
  }
  fs.writeFileSync(out, JSON.stringify(result))
}

/** Empties the bench's Redis database: a queue left by an earlier run would replay into this one. */
async function flushRedis(url: string) {
  const { default: Redis } = await import("ioredis")
  const client = new Redis(url)
  try {
    await client.flushdb()
  } finally {
    client.disconnect()
  }
}
