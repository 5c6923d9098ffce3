#!/usr/bin/env node
// The stock lock's variants compared (npm run bench:locks), on the bench database (.kassa-bench/
// unless KASSA_DATA_DIR or DATABASE_URL is set): with REDIS_URL set, Medusa's Redis locking
// provider, else its in-memory one. Arguments go to bench/locks/run.ts (sales=, work=, registers=,
// limit=). Prints a table per variant, then one line of JSON.
const { spawnSync } = require("node:child_process")
const path = require("node:path")

const root = path.resolve(__dirname, "..")
const env = { ...process.env, KASSA_DATA_DIR: path.resolve(root, process.env.KASSA_DATA_DIR || ".kassa-bench") }
for (const args of [["setup"], ["exec", "./bench/locks/run.ts", ...process.argv.slice(2)]]) {
  const { status } = spawnSync(process.execPath, [path.join(root, "scripts", "kassa.js"), ...args], { cwd: root, env, stdio: "inherit" })
  if (status !== 0) process.exit(status ?? 1)
}
