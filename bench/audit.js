#!/usr/bin/env node
// The audit log's costs, measured on a database of its own (npm run bench:audit):
//   1. what capture adds to a checkout (p50/p95 with the triggers on and off, interleaved);
//   2. how fast the filtered list answers with 1,000,000 entries in the log.
// Uses .kassa-bench/ (an embedded cluster) unless KASSA_DATA_DIR or DATABASE_URL is set;
// the log is topped up to AUDIT_BENCH_ENTRIES (default 1000000), so later runs start at once.
const { spawnSync } = require("node:child_process")
const path = require("node:path")

const root = path.resolve(__dirname, "..")
const env = {
  ...process.env,
  KASSA_DATA_DIR: process.env.KASSA_DATA_DIR || ".kassa-bench",
  KASSA_BENCH_OWN_DB: process.env.DATABASE_URL ? "false" : "true",
}

for (const args of [["setup"], ["exec", "./bench/audit/run.ts", `entries=${process.env.AUDIT_BENCH_ENTRIES || 1000000}`]]) {
  const { status } = spawnSync(process.execPath, [path.join(root, "scripts", "kassa.js"), ...args], { cwd: root, env, stdio: "inherit" })
  if (status !== 0) process.exit(status ?? 1)
}
