import fs from "node:fs"
import { descendants, processTable } from "./stats"

/** The Node process under `root` (itself or a descendant) whose command line holds `marker`. */
export function findProcess(root: number, marker: string) {
  for (const pid of descendants(processTable(), [root])) {
    const cmd = fs.existsSync(`/proc/${pid}/cmdline`) ? fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ") : ""
    if (cmd.includes(marker)) return pid
  }
  throw new Error(`No process under ${root} runs "${marker}"`)
}

/**
 * A V8 CPU profile of another Node process: SIGUSR1 opens its inspector (127.0.0.1:9229, as
 * `node --inspect` would), then the DevTools protocol starts the sampler; `stop()` ends it and
 * gives the profile (a .cpuprofile's JSON: bench/pos/cpu-summary.js reads it). The inspector stays
 * open until the process exits, and the sampler costs the profiled process some CPU.
 */
export async function profileProcess(pid: number, port = 9229) {
  process.kill(pid, "SIGUSR1")
  let targets: { webSocketDebuggerUrl: string }[] = []
  for (let i = 0; i < 50 && !targets.length; i++) {
    targets = await fetch(`http://127.0.0.1:${port}/json/list`).then((r) => r.json(), () => [])
    if (!targets.length) await new Promise((r) => setTimeout(r, 100))
  }
  if (!targets.length) throw new Error(`Process ${pid} opened no inspector on port ${port}`)
  const socket = new WebSocket(targets[0].webSocketDebuggerUrl)
  await new Promise((resolve, reject) => {
    socket.onopen = resolve
    socket.onerror = reject
  })
  const pending = new Map<number, (result: any) => void>()
  socket.onmessage = (m) => {
    const { id, result } = JSON.parse(String(m.data))
    pending.get(id)?.(result)
  }
  let next = 0
  const send = (method: string, params = {}) =>
    new Promise<any>((resolve) => {
      pending.set(++next, resolve)
      socket.send(JSON.stringify({ id: next, method, params }))
    })
  await send("Profiler.enable")
  await send("Profiler.start")
  return {
    async stop() {
      const { profile } = await send("Profiler.stop")
      socket.close()
      return profile
    },
  }
}
