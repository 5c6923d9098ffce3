import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { STAFF_MODULE } from ".."
import { StaffRole } from "../models/role"
import { StaffMember } from "../models/staff-member"
import { StaffSession } from "../models/staff-session"
import { MAX_FAILED_LOGINS, MAX_FAILED_PINS } from "../security"
import StaffModuleService from "../service"

jest.setTimeout(60000)

moduleIntegrationTestRunner<StaffModuleService>({
  moduleName: STAFF_MODULE,
  moduleModels: [StaffRole, StaffMember, StaffSession],
  resolve: path.join(__dirname, ".."),
  testSuite: ({ service }) => {
    beforeEach(async () => {
      await service.createStaffRoles([
        { name: "Manager", policies: ["staff:manage", "pos:sell"] },
        { name: "Cashier", policies: ["pos:sell", "sales:read_own"] },
      ])
    })

    const valid = { user_id: "user_1", roles: ["Cashier"], branch_ids: ["sloc_1"] }

    it.each([
      [{ pin: "12a4" }, "pin must be 4 to 6 digits"],
      [{ pin: "123" }, "pin must be 4 to 6 digits"],
      [{ pin: "1234567" }, "pin must be 4 to 6 digits"],
      [{ roles: ["Janitor"] }, "unknown role: Janitor"],
      [{ roles: [] }, "at least one role"],
      [{ commission_rate: 120 }, "commission_rate is a percentage from 0 to 100"],
      [{ hire_date: "yesterday" }, "hire_date is not a date"],
    ])("refuses %j with a clear message", async (bad, message) => {
      await expect(service.createStaff([{ ...valid, ...bad }])).rejects.toThrow(message)
      expect(await service.listStaffMembers({})).toHaveLength(0)
    })

    it("lists every problem at once", async () => {
      await expect(service.createStaff([{ ...valid, pin: "x", roles: ["Nope", "Cashier"], commission_rate: -5 }])).rejects.toThrow(
        "commission_rate is a percentage from 0 to 100, got -5; pin must be 4 to 6 digits; unknown role: Nope"
      )
    })

    it("stores role ids and a salted hash, never the PIN", async () => {
      const [staff] = await service.createStaff([{ ...valid, roles: ["Cashier", "Manager"], pin: "4321" }])
      expect(staff.id).toMatch(/^stf_/)
      const [a, b] = await service.createStaff([{ ...valid, user_id: "user_2", pin: "4321" }]).then(async ([other]) => [
        (await service.retrieveStaffMember(staff.id)).pin_hash!,
        (await service.retrieveStaffMember(other.id)).pin_hash!,
      ])
      expect(a).toMatch(/^scrypt\$/)
      expect(a).not.toContain("4321")
      expect(a).not.toBe(b)
      expect([...(await service.policiesOf(staff))].sort()).toEqual(["pos:sell", "sales:read_own", "staff:manage"])
    })

    it("checks PINs and locks them after repeated wrong guesses, even in parallel", async () => {
      const [staff] = await service.createStaff([{ ...valid, pin: "2468" }])
      expect(await service.verifyPin(staff.id, "2468")).toBe("ok")
      expect(await service.verifyPin(staff.id, "1111")).toBe("wrong")
      const guesses = await Promise.all(Array.from({ length: MAX_FAILED_PINS }, () => service.verifyPin(staff.id, "0000")))
      expect(guesses).toContain("locked")
      expect(await service.verifyPin(staff.id, "2468")).toBe("locked")
      await service.updateStaff(staff.id, { pin: "1357" })
      expect(await service.verifyPin(staff.id, "1357")).toBe("ok")
    })

    it("locks sign-in after repeated failures and a success starts over", async () => {
      const [staff] = await service.createStaff([valid])
      const results: (Date | null)[] = []
      for (let i = 0; i < MAX_FAILED_LOGINS; i++) results.push(await service.recordFailedLogin(staff.id))
      expect(results.slice(0, -1).every((r) => r === null)).toBe(true)
      expect(results.at(-1)!.getTime()).toBeGreaterThan(Date.now())

      await service.recordLogin(staff.id, { ip: "127.0.0.1", user_agent: "test" })
      const after = await service.retrieveStaffMember(staff.id)
      expect(after.failed_login_count).toBe(0)
      expect(after.locked_until).toBeNull()
      await service.recordLogout(staff.id)
      const [session] = await service.listStaffSessions({ staff_member_id: staff.id })
      expect(session.ended_at).not.toBeNull()
    })
  },
})
