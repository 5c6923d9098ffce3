/** Percentiles of a sample in milliseconds, by nearest rank. */
export function percentile(samples: number[], p: number) {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

export const ms = (n: number) => `${n.toFixed(1)} ms`

export const summary = (samples: number[]) =>
  `p50 ${ms(percentile(samples, 50))}  p95 ${ms(percentile(samples, 95))}  max ${ms(Math.max(...samples))}  (n=${samples.length})`

export async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = process.hrtime.bigint()
  const out = await fn()
  return [Number(process.hrtime.bigint() - t) / 1e6, out]
}
