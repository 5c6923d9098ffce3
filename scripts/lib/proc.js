// Child processes that stop with us: each runs in its own process group so that one signal
// stops it and everything it spawned, in the order we choose (server first, database last).
const path = require("node:path")
const { spawn } = require("node:child_process")

const root = path.resolve(__dirname, "../..")
const children = new Set()

const medusaBin = () => path.join(root, "node_modules", ".bin", "medusa")

/** Starts a command; the returned promise settles with its exit. */
function start(cmd, args, { cwd = root, env = process.env, stdio = "inherit" } = {}) {
  const child = spawn(cmd, args, { cwd, env, stdio, detached: true })
  children.add(child)
  child.exited = new Promise((resolve) =>
    child.on("exit", (code, signal) => {
      children.delete(child)
      resolve({ code, signal })
    })
  )
  return child
}

/** Runs a command to completion; rejects when it fails. */
async function run(cmd, args, opts) {
  const { code, signal } = await start(cmd, args, opts).exited
  if (code !== 0) {
    throw new Error(`${path.basename(cmd)} ${args.join(" ")} failed (${signal || `exit code ${code}`})`)
  }
}

/** Asks every running child group to stop, then kills what is left after `graceMs`. */
async function stopChildren(graceMs = 20000) {
  const running = [...children]
  for (const c of running) signalGroup(c, "SIGTERM")
  const timer = setTimeout(() => running.forEach((c) => signalGroup(c, "SIGKILL")), graceMs)
  await Promise.all(running.map((c) => c.exited))
  clearTimeout(timer)
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

module.exports = { start, run, stopChildren, medusaBin }
