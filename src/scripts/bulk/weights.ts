/** Running shares of weights, ending at 1, for weighted draws with pickShare. */
export function cumulativeShares(weights: number[]) {
  let sum = 0
  const running = weights.map((w) => (sum += w))
  return running.map((c) => c / sum)
}

/** Index of the first running share above r, for a uniform r in [0, 1). */
export function pickShare(shares: number[], r: number) {
  let lo = 0
  let hi = shares.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (shares[mid] > r) hi = mid
    else lo = mid + 1
  }
  return lo
}
