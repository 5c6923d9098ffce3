/**
 * A crash mid-checkout loses nothing and doubles nothing. Kassa runs as `npm start` does (a
 * child process, embedded PostgreSQL, demo data) while four registers (two per branch) sell;
 * its server is killed with SIGKILL mid-way, started again on the same data, and every checkout
 * that got no answer is retried with its own Idempotency-Key and body. Two rounds. Then nothing
 * is lost or doubled, as helpers/counter-load.ts checks it (orders, tickets, keys, stock).
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { CounterLoad, openRegisters } from "../helpers/counter-load"
import { adminApi, freePort, KassaRun, serverPid, startKassa, stopKassa } from "../helpers/kassa-process"

jest.setTimeout(15 * 60_000)

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kassa-crash-"))
const ROUNDS = 2
const owner = { email: "owner@example.com", password: process.env.KASSA_DEMO_PASSWORD || "kassa-demo" }

describe("a crash mid-checkout", () => {
  let started: KassaRun | null = null

  afterAll(async () => {
    await stopKassa(started)
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it("undoes or completes every interrupted checkout, exactly once", async () => {
    const port = await freePort()
    const api = adminApi(`http://localhost:${port}`)
    started = await startKassa(port, dataDir)
    await api.signIn(owner)

    const registers = await openRegisters(api)
    expect(registers).toHaveLength(4)
    const load = new CounterLoad(registers)
    await load.stockUp(api)
    expect(load.pool.length).toBeGreaterThanOrEqual(6)

    for (let round = 1; round <= ROUNDS; round++) {
      // Four registers selling back to back; the server dies mid-way through a checkout.
      const { ended, stop } = load.run(() => api)
      await load.midCheckout(6, ended)
      process.kill(-serverPid(started.child.pid!), "SIGKILL")
      await stop()
      await started.exited // kassa.js stops its database when the server dies
      started = await startKassa(port, dataDir)
      await api.signIn(owner)
      await load.retryUnanswered(api)
    }
    expect(await load.verify(api)).toBeGreaterThan(0) // a crash did interrupt checkouts
  })
})
