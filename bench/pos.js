#!/usr/bin/env node
// The POS under load, over HTTP, on a database of its own (npm run bench:pos):
//   1. tops the bench catalogue up to POS_BENCH_VARIANTS variants (default 50000) through
//      Medusa's product and inventory workflows (once: later runs find them);
//   2. starts the server as `npm start` does and measures scans, counter checkouts with 1, 4
//      and 8 registers, and Medusa's stock storefront checkout alone and with 4 clients;
//   3. checks that stock adds up, then prints a table and, last, one line of JSON.
// `npm run bench:pos -- servers=2` then does step 2 and 3 again on the same data against
// `npm run start:cluster -- servers=2` (two servers and a worker on Redis, nginx in front; Redis
// at POS_BENCH_REDIS_URL, default redis://127.0.0.1:6379/3, emptied first) and prints both runs'
// figures side by side.
// Uses .kassa-bench/ (an embedded cluster) unless KASSA_DATA_DIR or DATABASE_URL is set.
// POS_BENCH_PORT picks the port (default: a free one); POS_BENCH_SCALE multiplies every count;
// POS_BENCH_CPUPROFILE=<file> writes a CPU profile of the server during the 4-register checkouts
// (read it with bench/pos/cpu-summary.js; the sampler slows that phase a little).
const { spawnSync } = require("node:child_process")
const fs = require("node:fs")
const path = require("node:path")

const root = path.resolve(__dirname, "..")
const dataDir = path.resolve(root, process.env.KASSA_DATA_DIR || ".kassa-bench")
const env = { ...process.env, KASSA_DATA_DIR: dataDir }
const variants = process.env.POS_BENCH_VARIANTS || "50000"
const serversArg = process.argv.slice(2).find((a) => a.startsWith("servers="))
const servers = serversArg ? Number(serversArg.slice("servers=".length)) : 0
if (serversArg && !(Number.isInteger(servers) && servers >= 1 && servers <= 16)) throw new Error(`servers must be a whole number from 1 to 16, not "${serversArg}"`)

const outOf = (mode) => path.join(dataDir, mode === "single" ? "pos-bench.json" : "pos-bench-cluster.json")
const benchmark = (mode) => [
  `benchmark (${mode})`,
  [
    "exec",
    "./bench/pos/run.ts",
    `out=${outOf(mode)}`,
    `port=${process.env.POS_BENCH_PORT || 0}`,
    `scale=${process.env.POS_BENCH_SCALE || 1}`,
    ...(process.env.POS_BENCH_CPUPROFILE && mode === "single" ? [`cpuprofile=${path.resolve(process.env.POS_BENCH_CPUPROFILE)}`] : []),
    ...(mode === "cluster" ? [`servers=${servers}`, `redis=${process.env.POS_BENCH_REDIS_URL || "redis://127.0.0.1:6379/3"}`] : []),
  ],
]
const modes = servers ? ["single", "cluster"] : ["single"]
const steps = [["setup", ["setup"]], ["seed", ["exec", "./bench/pos/seed-variants.ts", `variants=${variants}`]], ...modes.map(benchmark)]
const took = []
for (const mode of modes) fs.rmSync(outOf(mode), { force: true })
for (const [name, args] of steps) {
  const started = Date.now()
  const { status } = spawnSync(process.execPath, [path.join(root, "scripts", "kassa.js"), ...args], { cwd: root, env, stdio: "inherit" })
  took.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)} s`)
  if (status !== 0) process.exit(status ?? 1)
}
console.log(`\nSteps: ${took.join(", ")}`)
const results = modes.map((mode) => JSON.parse(fs.readFileSync(outOf(mode), "utf8")))
if (servers) {
  // The figures the issue names, one process beside the cluster, from this run.
  const figures = [
    ["whole sale ÷ storefront whole checkout, p95 (4 at once)", (r) => r.stock_over_pos_sale_p95_r4, "×"],
    ["whole sales ÷ storefront whole checkouts, per s (4 at once)", (r) => r.pos_over_stock_sales_per_s_r4, "×"],
    ["scan p95", (r) => r.scan_p95_ms, " ms"],
    ["1 register: checkout p95", (r) => r.checkout_p95_ms_r1, " ms"],
    ["4 registers: checkouts per s", (r) => r.checkouts_per_s_r4, ""],
    ["4 registers: checkout p95", (r) => r.checkout_p95_ms_r4, " ms"],
    ["8 registers: checkouts per s", (r) => r.checkouts_per_s_r8, ""],
    ["4 registers: whole sales per s", (r) => r.sales_per_s_r4, ""],
    ["storefront whole checkout p95 (4 clients)", (r) => r.stock_sale_p95_ms_r4, " ms"],
    ["server-side CPU per checkout (4 registers)", (r) => Object.entries(r.cpu_ms_per_checkout_r4).filter(([k]) => k !== "client").reduce((n, [, v]) => n + v, 0).toFixed(1), " ms"],
    ["errors, oversold, stock mismatches", (r) => `${r.errors}, ${r.oversold}, ${r.stock_mismatches}`, ""],
  ]
  console.log(`\n${"".padEnd(62)}${"one server".padStart(14)}${`${servers} servers`.padStart(14)}`)
  for (const [label, get, unit] of figures) console.log(`${label.padEnd(62)}${results.map((r) => `${get(r)}${unit}`.padStart(14)).join("")}`)
}
// Last line(s): each run's figures as one JSON object, for scripts and the README.
for (const r of results) console.log(JSON.stringify(r))
