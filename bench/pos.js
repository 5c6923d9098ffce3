#!/usr/bin/env node
// The POS under load, over HTTP, on a database of its own (npm run bench:pos):
//   1. tops the bench catalogue up to POS_BENCH_VARIANTS variants (default 50000) through
//      Medusa's product and inventory workflows (once: later runs find them);
//   2. starts the server as `npm start` does and measures scans, counter checkouts with 1, 4
//      and 8 registers, and Medusa's stock storefront checkout alone and with 4 clients;
//   3. checks that stock adds up, then prints a table and, last, one line of JSON.
// Uses .kassa-bench/ (an embedded cluster) unless KASSA_DATA_DIR or DATABASE_URL is set.
// POS_BENCH_PORT picks the port (default: a free one); POS_BENCH_SCALE multiplies every count;
// POS_BENCH_CPUPROFILE=<file> writes a CPU profile of the server during the 4-register checkouts
// (read it with bench/pos/cpu-summary.js; the sampler slows that phase a little).
const { spawnSync } = require("node:child_process")
const fs = require("node:fs")
const path = require("node:path")

const root = path.resolve(__dirname, "..")
const dataDir = path.resolve(root, process.env.KASSA_DATA_DIR || ".kassa-bench")
const out = path.join(dataDir, "pos-bench.json")
const env = { ...process.env, KASSA_DATA_DIR: dataDir }
const variants = process.env.POS_BENCH_VARIANTS || "50000"

const steps = [
  ["setup", ["setup"]],
  ["seed", ["exec", "./bench/pos/seed-variants.ts", `variants=${variants}`]],
  ["benchmark", ["exec", "./bench/pos/run.ts", `out=${out}`, `port=${process.env.POS_BENCH_PORT || 0}`, `scale=${process.env.POS_BENCH_SCALE || 1}`, ...(process.env.POS_BENCH_CPUPROFILE ? [`cpuprofile=${path.resolve(process.env.POS_BENCH_CPUPROFILE)}`] : [])]],
]
const took = []
fs.rmSync(out, { force: true })
for (const [name, args] of steps) {
  const started = Date.now()
  const { status } = spawnSync(process.execPath, [path.join(root, "scripts", "kassa.js"), ...args], { cwd: root, env, stdio: "inherit" })
  took.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)} s`)
  if (status !== 0) process.exit(status ?? 1)
}
console.log(`\nSteps: ${took.join(", ")}`)
// Last line: the figures as one JSON object, for scripts and the README.
console.log(fs.readFileSync(out, "utf8"))
