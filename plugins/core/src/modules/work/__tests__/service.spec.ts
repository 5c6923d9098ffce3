import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { WORK_MODULE } from ".."
import { WorkRun } from "../models/work-run"
import WorkModuleService from "../service"

jest.setTimeout(60000)

const claim = (service: WorkModuleService, over: Partial<Parameters<WorkModuleService["claimWork"]>[0]> = {}) =>
  service.claimWork({ kind: "test.kind", key: "k1", request_hash: "h1", input: { a: 1 }, owner: "instance-a", lease_seconds: 30, ...over })

moduleIntegrationTestRunner<WorkModuleService>({
  moduleName: WORK_MODULE,
  moduleModels: [WorkRun],
  resolve: path.join(__dirname, ".."),
  testSuite: ({ service }) => {
    it("gives a key to one run at a time, and to each kind its own", async () => {
      const id = await claim(service)
      expect(id).toMatch(/^wrun_/)
      expect(await claim(service)).toBeNull()
      expect(await claim(service, { owner: "instance-b" })).toBeNull()
      expect(await claim(service, { kind: "other.kind" })).toMatch(/^wrun_/)
    })

    it("keeps a done run's answer, and lets an undone run be claimed again by the same request only", async () => {
      const id = (await claim(service, { key: "k-done" }))!
      expect(await service.settleWork(id, "instance-b", "done", { x: 1 })).toBe(false) // not its owner
      expect(await service.settleWork(id, "instance-a", "undone", null)).toBe(true)
      expect(await claim(service, { key: "k-done", request_hash: "other" })).toBeNull()
      expect(await claim(service, { key: "k-done" })).toBe(id)
      expect(await service.settleWork(id, "instance-a", "done", { x: 1 })).toBe(true)
      expect(await claim(service, { key: "k-done" })).toBeNull()
      expect(await service.findWork("test.kind", "k-done")).toMatchObject({ status: "done", response: { x: 1 }, lease_until: null })
    })

    it("hands a run over only once its lease expired, to one taker, with its facts", async () => {
      const id = (await claim(service, { key: "k-lease", lease_seconds: 1 }))!
      await service.recordWorkFacts(id, "instance-a", { return_id: "ret_1" })
      expect(await service.takeOverWork(id, "instance-b", 30)).toBeNull() // still leased
      await new Promise((r) => setTimeout(r, 1200))
      expect((await service.expiredWork(10)).map((r) => r.id)).toEqual([id])
      const [first, second] = await Promise.all([service.takeOverWork(id, "instance-b", 30), service.takeOverWork(id, "instance-c", 30)])
      const taken = first ?? second
      expect([first, second].filter(Boolean)).toHaveLength(1)
      expect(taken).toMatchObject({ id, facts: { return_id: "ret_1" } })
      // The old owner can neither record nor settle any more.
      await expect(service.recordWorkFacts(id, "instance-a", { more: true })).rejects.toThrow(/no longer this instance's/)
      expect(await service.settleWork(id, "instance-a", "done", null)).toBe(false)
    })

    it("renews only its own pending runs' leases", async () => {
      const mine = (await claim(service, { key: "k2", lease_seconds: 1 }))!
      const theirs = (await claim(service, { key: "k3", lease_seconds: 1, owner: "instance-b" }))!
      await service.renewWork([mine, theirs], "instance-a", 60)
      await new Promise((r) => setTimeout(r, 1200))
      expect((await service.expiredWork(10)).map((r) => r.id)).toEqual([theirs])
    })
  },
})
