import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { PRINTING_MODULE } from ".."
import { PrintJob, Printer } from "../models"
import { stopPrintQueue } from "../../../queue/print-queue"
import PrintingModuleService from "../service"

jest.setTimeout(60000)

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

moduleIntegrationTestRunner<PrintingModuleService>({
  moduleName: PRINTING_MODULE,
  moduleModels: [Printer, PrintJob],
  resolve: path.join(__dirname, ".."),
  testSuite: ({ service }) => {
    // The module's start hook runs this process's worker, which would claim the jobs these tests
    // claim themselves (and try to print them on 127.0.0.1:9100).
    beforeEach(() => stopPrintQueue())

    const printer = (name: string) => service.createPrinters({ name, stock_location_id: "sloc_test", host: "127.0.0.1", port: 9100 })
    const job = async (printer_id: string, max_attempts = 5) => {
      const created = await service.createPrintJobs({ printer_id, stock_location_id: "sloc_test", kind: "test", payload: "AA==", max_attempts, next_attempt_at: new Date() })
      await sleep(5) // created_at orders the queue
      return created
    }

    it("hands each due job to one worker, one job per printer at a time, oldest first", async () => {
      const [p1, p2] = [await printer("P1"), await printer("P2")]
      const first = await job(p1.id)
      const second = await job(p1.id)
      const other = await job(p2.id)
      expect(first.id).toMatch(/^pjob_/)

      const claims = await Promise.all(["w1", "w2", "w3", "w4"].map((w) => service.claimPrintJob(w, 30)))
      const taken = claims.filter(Boolean).map((c) => c!.id)
      expect(taken.sort()).toEqual([first.id, other.id].sort())
      expect(claims.find((c) => c?.id === first.id)).toMatchObject({ attempts: 1, host: "127.0.0.1", port: 9100, payload: "AA==" })

      // P1 is busy until its job is done; then its next one goes.
      expect(await service.claimPrintJob("w5", 30)).toBeNull()
      const owner = ["w1", "w2", "w3", "w4"][claims.findIndex((c) => c?.id === first.id)]
      expect(await service.finishPrintJob(first.id, owner, { ok: true })).toBe("done")
      expect((await service.claimPrintJob("w5", 30))?.id).toBe(second.id)
      expect((await service.retrievePrinter(p1.id)).last_success_at).not.toBeNull()
    })

    it("retries a failure after its wait, fails it at its last attempt, and keeps the printer's last error", async () => {
      const p = await printer("P3")
      const j = await job(p.id, 2)
      expect((await service.claimPrintJob("w1", 30))?.id).toBe(j.id)
      // A wait long enough that a loaded machine still asks again before it is over.
      const failedAt = Date.now()
      expect(await service.finishPrintJob(j.id, "w1", { ok: false, error: "127.0.0.1:9100: ECONNREFUSED", retryInSeconds: 1.5 })).toBe("pending")
      const due = (await service.nextPrintJobDue())!.getTime()
      expect(due).toBeGreaterThanOrEqual(failedAt + 1450)
      expect(await service.claimPrintJob("w1", 30)).toBeNull() // not due yet
      // Due again after its wait: polled, since a loaded machine may answer a fixed sleep late.
      let retried = await service.claimPrintJob("w1", 30)
      while (!retried && Date.now() - failedAt < 8000) {
        await sleep(50)
        retried = await service.claimPrintJob("w1", 30)
      }
      expect(Date.now()).toBeGreaterThanOrEqual(due - 50)
      expect(retried?.attempts).toBe(2)
      expect(await service.finishPrintJob(j.id, "w1", { ok: false, error: "127.0.0.1:9100: ECONNREFUSED", retryInSeconds: 0.3 })).toBe("failed")
      await sleep(350)
      expect(await service.claimPrintJob("w1", 30)).toBeNull()
      expect(await service.retrievePrintJob(j.id)).toMatchObject({ status: "failed", attempts: 2, last_error: "127.0.0.1:9100: ECONNREFUSED" })
      expect(await service.retrievePrinter(p.id)).toMatchObject({ last_error: "127.0.0.1:9100: ECONNREFUSED", last_success_at: null })
    })

    it("gives a job whose worker stopped to another once the lease ran out; the first cannot record it after", async () => {
      const p = await printer("P4")
      const j = await job(p.id)
      expect((await service.claimPrintJob("crashed", 1))?.id).toBe(j.id)
      expect(await service.claimPrintJob("w2", 30)).toBeNull()
      await sleep(1200)
      expect(await service.claimPrintJob("w2", 30)).toMatchObject({ id: j.id, attempts: 2 })
      expect(await service.finishPrintJob(j.id, "crashed", { ok: true })).toBeNull()
      expect(await service.finishPrintJob(j.id, "w2", { ok: true })).toBe("done")
    })

    it("fails the jobs of a printer that was removed or switched off, without sending them", async () => {
      const gone = await printer("P5")
      const off = await printer("P6")
      const live = await printer("P7")
      const a = await job(gone.id)
      const b = await job(off.id)
      const c = await job(live.id)
      await service.softDeletePrinters(gone.id)
      await service.updatePrinters({ id: off.id, is_active: false })
      expect((await service.claimPrintJob("w1", 30))?.id).toBe(c.id)
      expect(await service.retrievePrintJob(a.id)).toMatchObject({ status: "failed", last_error: "The printer was removed" })
      expect(await service.retrievePrintJob(b.id)).toMatchObject({ status: "failed", last_error: "The printer is switched off in Kassa" })
    })
  },
})
