#!/usr/bin/env node
// A customer's purchase history at volume (npm run bench:history): seeds one customer with
// HISTORY_BENCH_RECEIPTS counter receipts (default 5,000) over three years and three branches —
// one real counter sale through the API, cloned in SQL — then times the history route and the
// first page of receipts over HTTP, p50/p95 in ms (issue 35's target: < 500 ms).
// Uses .kassa-bench/ (an embedded cluster with the demo data) unless KASSA_DATA_DIR or DATABASE_URL is set.
const { spawnSync } = require("node:child_process")
const path = require("node:path")

const root = path.resolve(__dirname, "..")
const env = { ...process.env, KASSA_DATA_DIR: path.resolve(root, process.env.KASSA_DATA_DIR || ".kassa-bench") }
for (const args of [["setup"], ["exec", "./bench/customer-history.ts", `receipts=${process.env.HISTORY_BENCH_RECEIPTS || 5000}`]]) {
  const { status } = spawnSync(process.execPath, [path.join(root, "scripts", "kassa.js"), ...args], { cwd: root, env, stdio: "inherit" })
  if (status !== 0) process.exit(status ?? 1)
}
