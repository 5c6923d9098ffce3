#!/usr/bin/env node
// `npm run typecheck`: every TypeScript project of the app and its plugins (the app's server and
// admin code; each plugin's projects as its own `typecheck` script lists them), checked side by
// side, as many at once as there are cores: one after another they took ~3 minutes of the
// test run on two cores, each tsc using one. Prints the errors of the projects that fail.
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { execFile } = require("node:child_process")

const root = path.resolve(__dirname, "..")
const tsc = path.join(root, "node_modules", ".bin", "tsc")

function projects() {
  const list = ["tsconfig.json", "src/admin/tsconfig.json"]
  for (const dir of fs.readdirSync(path.join(root, "plugins")).sort()) {
    const manifest = path.join(root, "plugins", dir, "package.json")
    if (!fs.existsSync(manifest)) continue
    const script = JSON.parse(fs.readFileSync(manifest, "utf8")).scripts?.typecheck ?? ""
    for (const [, config] of script.matchAll(/-p (\S+)/g)) list.push(path.join("plugins", dir, config))
  }
  return list
}

const check = (config) =>
  new Promise((resolve) => {
    execFile(tsc, ["--noEmit", "-p", config], { cwd: root, maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      resolve({ config, ok: !error, output: `${stdout}${stderr}`.trim() })
    )
  })

async function main() {
  const queue = projects()
  const failed = []
  const lane = async () => {
    for (let config = queue.shift(); config; config = queue.shift()) {
      const result = await check(config)
      if (!result.ok) failed.push(result)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, os.cpus().length) }, lane))
  for (const f of failed) console.error(`\n${f.config}:\n${f.output}`)
  if (failed.length) {
    console.error(`\nType errors in ${failed.length} project(s): ${failed.map((f) => f.config).join(", ")}`)
    process.exit(1)
  }
}

main()
