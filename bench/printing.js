#!/usr/bin/env node
// Sale → printer latency on an idle server (npm run bench:printing): starts the server as
// `npm start` does, puts a raw-TCP "printer" on loopback as Manila's receipt printer, and rings up
// sales one at a time, each paid and its print awaited before the next: from the checkout's
// answer to the first byte at the printer's socket, p50/p95/max in ms (target ≤ 200 ms).
// Uses .kassa-bench/ (an embedded cluster with the demo data) unless KASSA_DATA_DIR or
// DATABASE_URL is set. PRINT_BENCH_SALES: how many measured sales (default 50).
const { spawnSync } = require("node:child_process")
const path = require("node:path")

const root = path.resolve(__dirname, "..")
const env = { ...process.env, KASSA_DATA_DIR: path.resolve(root, process.env.KASSA_DATA_DIR || ".kassa-bench") }
for (const args of [["setup"], ["exec", "./bench/printing/run.ts", `sales=${process.env.PRINT_BENCH_SALES || 50}`]]) {
  const { status } = spawnSync(process.execPath, [path.join(root, "scripts", "kassa.js"), ...args], { cwd: root, env, stdio: "inherit" })
  if (status !== 0) process.exit(status ?? 1)
}
