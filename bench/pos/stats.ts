import fs from "node:fs"
import { percentile } from "../audit/stats"

export { timed } from "../audit/stats"

export type Dist = { n: number; p50: number; p95: number; p99: number }

export const dist = (samples: number[]): Dist =>
  samples.length
    ? { n: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99) }
    : { n: 0, p50: NaN, p95: NaN, p99: NaN }

const cell = (n: number, width = 9) => (Number.isFinite(n) ? n.toFixed(1) : "–").padStart(width)

/** One table row: label, n, p50/p95/p99 in ms and, when given, a rate per second. */
export function row(label: string, samples: number[], perSecond?: number) {
  const d = dist(samples)
  return `  ${label.padEnd(44)}${String(d.n).padStart(6)}${cell(d.p50)}${cell(d.p95)}${cell(d.p99)}${perSecond === undefined ? "" : cell(perSecond, 10)}`
}

export const header = () => `  ${"".padEnd(44)}${"n".padStart(6)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"p99 ms".padStart(9)}${"per s".padStart(10)}`

export const round = (n: number, digits = 1) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null)

/** The machine's CPU time so far, all cores, in ticks (Linux /proc/stat; zeros elsewhere). */
export function machineTicks() {
  if (!fs.existsSync("/proc/stat")) return { busy: 0, idle: 0, steal: 0 }
  // "cpu  user nice system idle iowait irq softirq steal …"
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number)
  return { busy: user + nice + system + irq + softirq, idle: idle + iowait, steal: steal || 0 }
}

/**
 * Between two machineTicks() readings, the share of the CPU that was busy and the share the
 * hypervisor gave to other guests (steal): on a shared virtual machine a phase with much steal
 * ran on less CPU than the machine has.
 */
export function cpuShares(before: ReturnType<typeof machineTicks>, after: ReturnType<typeof machineTicks>) {
  const [busy, idle, steal] = [after.busy - before.busy, after.idle - before.idle, after.steal - before.steal]
  const total = busy + idle + steal
  return total ? { busy: busy / total, steal: steal / total } : { busy: NaN, steal: NaN }
}

/**
 * This machine's processes from Linux's /proc: each one's parent and the CPU ticks it and its
 * exited children used (utime, stime, cutime, cstime).
 */
export function processTable() {
  const procs = new Map<number, { ppid: number; ticks: number }>()
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
      // Fields after "(comm)": state ppid … utime(12th) stime cutime cstime.
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      procs.set(Number(pid), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]) })
    } catch {
      // exited meanwhile
    }
  }
  return procs
}

/** These processes and all their descendants, by pid (from processTable()). */
export function descendants(procs: ReturnType<typeof processTable>, roots: number[]) {
  const children = new Map<number, number[]>()
  for (const [pid, p] of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid])
  const seen = new Set<number>()
  const stack = roots.filter((pid) => procs.has(pid))
  while (stack.length) {
    const pid = stack.pop()!
    if (seen.has(pid)) continue
    seen.add(pid)
    stack.push(...(children.get(pid) ?? []))
  }
  return seen
}

/**
 * CPU seconds used so far by these processes and all their descendants, exited ones included
 * (their parents' cutime/cstime), from Linux's /proc; NaN where there is none. Set against the
 * machine's busy time it tells whether something else was using the CPU during a phase.
 */
export function treeCpuSeconds(roots: number[]) {
  if (!fs.existsSync("/proc/self/stat")) return NaN
  const procs = processTable()
  let ticks = 0
  for (const pid of descendants(procs, roots)) ticks += procs.get(pid)!.ticks
  return ticks / 100 // USER_HZ is 100 on Linux
}

/** What a process under the bench's server does: a Medusa server or worker (by its MEDUSA_WORKER_MODE), nginx, or else. */
function roleOf(pid: number): "server" | "worker" | "proxy" {
  try {
    if (fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "nginx") return "proxy"
    const env = fs.readFileSync(`/proc/${pid}/environ`, "utf8").split("\0")
    if (env.includes("MEDUSA_WORKER_MODE=worker")) return "worker"
  } catch {
    // exited meanwhile
  }
  return "server" // one `kassa.js start` process, or a cluster's servers and its parent script
}

/**
 * CPU seconds so far of the processes under `root` by what they do (treeCpuSeconds, split): the
 * Medusa servers (one with `start`; N with `cluster`), the worker and nginx. Each process's
 * ticks include its exited children's.
 */
export function roleCpuSeconds(root: number) {
  const out = { server: 0, worker: 0, proxy: 0 }
  if (!fs.existsSync("/proc/self/stat")) return { server: NaN, worker: NaN, proxy: NaN }
  const procs = processTable()
  for (const pid of descendants(procs, [root])) out[roleOf(pid)] += procs.get(pid)!.ticks / 100
  return out
}

/** The machine's Redis server, whose CPU a cluster's phases also use (0 when none runs). */
export function redisPid() {
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "redis-server") return Number(pid)
    } catch {
      // exited meanwhile
    }
  }
  return 0
}
