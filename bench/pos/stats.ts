import os from "node:os"
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
  return `  ${label.padEnd(40)}${String(d.n).padStart(6)}${cell(d.p50)}${cell(d.p95)}${cell(d.p99)}${perSecond === undefined ? "" : cell(perSecond, 10)}`
}

export const header = () => `  ${"".padEnd(40)}${"n".padStart(6)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"p99 ms".padStart(9)}${"per s".padStart(10)}`

export const round = (n: number, digits = 1) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null)

/** Share of the machine's CPU time (all cores) spent busy between two os.cpus() readings. */
export function busy(before: os.CpuInfo[], after: os.CpuInfo[]) {
  const sum = (t: os.CpuInfo["times"]) => t.user + t.nice + t.sys + t.idle + t.irq
  let idle = 0
  let total = 0
  after.forEach((cpu, i) => {
    idle += cpu.times.idle - before[i].times.idle
    total += sum(cpu.times) - sum(before[i].times)
  })
  return total ? 1 - idle / total : NaN
}
