#!/usr/bin/env node
// Where a V8 CPU profile's time went, by package and by function (self time), per checkout:
//   node bench/pos/cpu-summary.js /tmp/checkout.cpuprofile 40
// (the profile from `npm run bench:pos:profile -- sales=42 cpuprofile=…`: 40 measured checkouts).
const fs = require("node:fs")

const [file, perArg = "1"] = process.argv.slice(2)
if (!file) throw new Error("usage: cpu-summary.js <file.cpuprofile> [checkouts]")
const per = Number(perArg)
const profile = JSON.parse(fs.readFileSync(file, "utf8"))
const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
const ms = (profile.endTime - profile.startTime) / 1000 / profile.samples.length

const owner = (url) => {
  if (!url) return "(V8: idle, GC, socket writes)"
  const pkg = url.match(/node_modules\/(@[^/]+\/[^/]+|[^/]+)/)
  if (pkg) return pkg[1]
  if (url.includes("/plugins/")) return `kassa: ${url.split("/plugins/")[1].split("/")[0]}`
  return url.startsWith("node:") ? "node" : url
}
const byOwner = new Map()
const byFunction = new Map()
const add = (map, key, value) => map.set(key, (map.get(key) ?? 0) + value)
for (const id of profile.samples) {
  const { functionName, url, lineNumber } = nodes.get(id).callFrame
  add(byOwner, owner(url), ms)
  add(byFunction, `${functionName || "(anonymous)"}  ${owner(url)}:${lineNumber + 1}`, ms)
}
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n)
console.log(`${(profile.samples.length * ms / per).toFixed(1)} ms sampled per checkout\n\nBy package (self time per checkout):`)
for (const [name, t] of top(byOwner, 15)) console.log(`${(t / per).toFixed(1).padStart(8)} ms  ${name}`)
console.log("\nBy function:")
for (const [name, t] of top(byFunction, 20)) console.log(`${(t / per).toFixed(2).padStart(8)} ms  ${name}`)
