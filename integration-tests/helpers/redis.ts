/**
 * A database of its own on the test Redis for each spec that runs a server on it: two servers on
 * one database would take each other's events from the shared queue. Taken: npm-start.spec 0,
 * pos-stock-locks.spec 1, cluster.spec 2.
 */
export function redisDatabase(url: string, db: number) {
  const u = new URL(url)
  u.pathname = `/${db}`
  return u.toString()
}
