import { timed } from "./stats"

/**
 * `loops` lanes at once (registers, storefront buyers), each running `perLoop` jobs back to
 * back. A failed job is skipped (the client already counted it as an error); the rate is the
 * jobs that succeeded per second of wall time.
 */
export async function lanes<T>(loops: number, perLoop: number, job: (lane: number, n: number) => Promise<T>) {
  const results: T[] = []
  const [wallMs] = await timed(() =>
    Promise.all(
      Array.from({ length: loops }, async (_, i) => {
        for (let n = 0; n < perLoop; n++) await job(i, n).then((r) => results.push(r), () => undefined)
      })
    )
  )
  return { results, perSecond: results.length / (wallMs / 1000), wallMs }
}
