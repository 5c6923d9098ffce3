import { STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import net from "node:net"
import { PNG } from "pngjs"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, Headers, staffHeaders, TEST_PASSWORD } from "../helpers/admin"
import { testPrinter } from "../helpers/test-printer"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(300000)

// The queue's timings, short enough for a test: read by the plugin when it sends.
process.env.KASSA_PRINT_RETRY_MS = "50"
process.env.KASSA_PRINT_MAX_ATTEMPTS = "3"
process.env.KASSA_PRINT_TIMEOUT_MS = "2000"

const INIT = Buffer.from([0x1b, 0x40])
const CUT = Buffer.from([0x1d, 0x56])
const KICK = Buffer.from([0x1b, 0x70, 0x00, 25, 250])

/** A loopback port where nothing listens: a printer that is off. */
async function deadPort() {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

async function counterWorld(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "branch", fields: ["code", "stock_location_id", "registers.id", "registers.code"] })
  return Object.fromEntries(
    (data as { code: string; stock_location_id: string; registers: { id: string; code: string }[] }[]).map((b) => [
      b.code,
      { location: b.stock_location_id, registers: Object.fromEntries(b.registers.map((r) => [r.code, r.id])) },
    ])
  ) as Record<string, { location: string; registers: Record<string, string> }>
}

/** The first demo accessory (not serialized), with plenty in stock at the branch. */
async function accessory(container: MedusaContainer, location: string) {
  const sku = buildCatalog().filter((p) => p.category === "Accessories")[0].variants[0].sku
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "barcode", "inventory_items.inventory_item_id"], filters: { sku } })
  const v = data[0] as { id: string; barcode: string; inventory_items: { inventory_item_id: string }[] }
  await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: v.inventory_items[0].inventory_item_id, location_id: location, stocked_quantity: 50 }])
  return v.barcode
}

const has = (print: Buffer, bytes: Buffer | string) => print.indexOf(bytes) >= 0

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let mnl: string
    let ceb: string
    let r1: string
    let r2: string
    let cebR1: string
    let barcode: string
    let owner: Headers
    let manager: Headers
    let cebManager: Headers
    let cashier: Headers

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      const world = await counterWorld(container)
      mnl = world.MNL.location
      ceb = world.CEB.location
      ;({ R1: r1, R2: r2 } = world.MNL.registers)
      cebR1 = world.CEB.registers.R1
      barcode = await accessory(container, mnl)
      owner = await adminHeaders(api, container, "owner@example.com")
      manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl] })
      cebManager = await staffHeaders(api, container, "manager.ceb@example.com", { roles: ["Manager"], branch_ids: [ceb] })
      cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [mnl] })
      for (const register_id of [r1, r2]) {
        const opened = await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id, denominations: { "1000": 2 } })
        expect(opened.status).toBe(201)
      }
    })

    const call = (method: "get" | "post" | "delete", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api[method](url, who)).catch((e: { response: unknown }) => e.response)

    const addPrinter = async (body: Record<string, unknown>, who = manager) => {
      const res = await call("post", "/admin/kassa/printing/printers", who, { location_id: mnl, host: "127.0.0.1", ...body })
      expect(res.status).toBe(201)
      return res.data.printer as { id: string; port: number; paper_width: number; role: string }
    }

    let saleNo = 0
    /** A counter sale of one accessory at the register, paid by cash or card, rung up by the cashier (or `who`). */
    const sell = async (register: string, by: "cash" | "card", who = cashier) => {
      const opened = await call("post", "/admin/kassa/pos/tickets", who, { location_id: mnl, register_id: register })
      const scanned = await call("post", `/admin/kassa/pos/tickets/${opened.data.ticket.id}/lines`, who, { code: barcode, quantity: 1 })
      const total = Number(scanned.data.ticket.totals.total)
      const tenders = by === "cash" ? [{ method: "cash", tendered: 100000 }] : [{ method: "card", amount: total, card_last4: "4242", reference: "TERM-1", approval_code: "A1B2" }]
      const sold = await call("post", `/admin/kassa/pos/tickets/${opened.data.ticket.id}/checkout`, { headers: { ...who.headers, "idempotency-key": `print-sale-${++saleNo}` } }, { tenders })
      expect(sold.status).toBe(200)
      return sold.data.sale as { order_id: string; receipt_number: string }
    }

    const jobsOf = async (orderId: string) => (await call("get", `/admin/kassa/printing/jobs?location_id=${mnl}&order_id=${orderId}`, manager)).data.print_jobs
    /** Waits until the sale's jobs all reached `done` or `failed`. */
    const settledJobs = async (orderId: string) => {
      for (let tries = 0; tries < 100; tries++) {
        const jobs = await jobsOf(orderId)
        if (jobs.length && jobs.every((j: { status: string }) => j.status === "done" || j.status === "failed")) return jobs
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`The jobs of ${orderId} did not settle: ${JSON.stringify(await jobsOf(orderId))}`)
    }

    it("prints each sale's receipt on its register's printer, else the branch's; kicks the drawer for cash only", async () => {
      const counter1 = await testPrinter()
      const branch = await testPrinter()
      try {
        await addPrinter({ name: "Counter 1", register_id: r1, port: counter1.port, cash_drawer: true })
        const shared = await addPrinter({ name: "Back counter", port: branch.port, paper_width: 58, cash_drawer: true })
        expect(shared).toEqual(expect.objectContaining({ paper_width: 58, role: "receipt" }))

        const cash = await sell(r1, "cash")
        const print = await counter1.next()
        expect([...print.subarray(0, 2)]).toEqual([...INIT])
        expect(has(print, cash.receipt_number)).toBe(true)
        expect(print.indexOf(CUT)).toBeGreaterThan(print.indexOf(cash.receipt_number))
        expect([...print.subarray(print.length - KICK.length)]).toEqual([...KICK])
        expect(await settledJobs(cash.order_id)).toEqual([
          expect.objectContaining({ kind: "receipt", status: "done", attempts: 1, kicks_drawer: true, receipt_number: cash.receipt_number }),
        ])

        const card = await sell(r1, "card")
        const cardPrint = await counter1.next()
        expect(has(cardPrint, card.receipt_number)).toBe(true)
        expect(has(cardPrint, CUT)).toBe(true)
        expect(has(cardPrint, KICK)).toBe(false)

        // Counter 2 has no printer of its own: the branch's prints, at 58 mm (32 columns).
        const other = await sell(r2, "cash")
        const branchPrint = await branch.next()
        expect(has(branchPrint, other.receipt_number)).toBe(true)
        expect(has(branchPrint, KICK)).toBe(true)
        expect(has(branchPrint, "-".repeat(32))).toBe(true)
        expect(has(branchPrint, "-".repeat(33))).toBe(false)

        // Exactly one receipt each.
        expect(await counter1.quiet()).toBe(true)
        expect(await branch.quiet()).toBe(true)
      } finally {
        await counter1.close()
        await branch.close()
      }
    })

    it("never fails a sale for a printer that is off: retries, marks the job failed; then reprints and prints a test page", async () => {
      const printer = await addPrinter({ name: "Counter 1", register_id: r1, port: await deadPort(), cash_drawer: true })
      const sale = await sell(r1, "cash")
      const [failed] = await settledJobs(sale.order_id)
      expect(failed).toEqual(expect.objectContaining({ status: "failed", attempts: 3, max_attempts: 3 }))
      expect(failed.last_error).toContain("ECONNREFUSED")
      const { data } = await call("get", `/admin/kassa/printing/printers/${printer.id}`, manager)
      expect(data.printer.last_error).toContain("ECONNREFUSED")
      expect(data.printer.last_success_at).toBeNull()

      // The printer is back (on another port): the cashier reprints, marked, the drawer left shut.
      const back = await testPrinter()
      try {
        expect((await call("post", `/admin/kassa/printing/printers/${printer.id}`, manager, { port: back.port })).status).toBe(200)
        const reprint = await call("post", `/admin/kassa/printing/sales/${sale.order_id}/print`, cashier, {})
        expect(reprint.status).toBe(202)
        expect(reprint.data.print_job).toEqual(expect.objectContaining({ kind: "reprint", printer_id: printer.id, kicks_drawer: false }))
        const print = await back.next()
        expect(has(print, "REPRINT")).toBe(true)
        expect(has(print, sale.receipt_number)).toBe(true)
        expect(has(print, KICK)).toBe(false)
        const jobs = await settledJobs(sale.order_id)
        expect(jobs.map((j: { kind: string; status: string }) => [j.kind, j.status])).toEqual([["reprint", "done"], ["receipt", "failed"]])

        const test = await call("post", `/admin/kassa/printing/printers/${printer.id}/test-page`, manager)
        expect(test.status).toBe(202)
        expect(has(await back.next(), "KASSA TEST PAGE")).toBe(true)
        expect((await call("get", `/admin/kassa/printing/printers/${printer.id}`, manager)).data.printer.last_success_at).not.toBeNull()
      } finally {
        await back.close()
      }
    })

    it("refuses wrong input with a clear 400, and other roles and branches with 403; records every change in the audit log", async () => {
      const bad = async (body: Record<string, unknown>, message: string) => {
        const res = await call("post", "/admin/kassa/printing/printers", manager, { location_id: mnl, name: "P", host: "127.0.0.1", ...body })
        expect([res.status, res.data.message]).toEqual([400, expect.stringContaining(message)])
      }
      await bad({ paper_width: 70 }, "must be 58 or 80 (mm)")
      await bad({ host: "http://192.168.1.50:9100" }, "IP address or host name")
      await bad({ port: 70000 }, "'port'")
      await bad({ role: "fax" }, "'receipt, kitchen, label, report' for field 'role'")
      await bad({ register_id: cebR1 }, "is not a register of this branch")
      await bad({ colour: "red" }, "colour")

      const printer = await addPrinter({ name: "Counter 1", register_id: r1, port: await deadPort() })
      expect((await call("post", `/admin/kassa/printing/printers/${printer.id}`, manager, {})).status).toBe(400)

      // A cashier reads the branch's printers but does not configure them.
      expect((await call("get", `/admin/kassa/printing/printers?location_id=${mnl}`, cashier)).data.printers).toHaveLength(1)
      expect((await call("post", "/admin/kassa/printing/printers", cashier, { location_id: mnl, name: "P", host: "127.0.0.1" })).status).toBe(403)
      const refused = await call("post", `/admin/kassa/printing/printers/${printer.id}`, cashier, { port: 9101 })
      expect([refused.status, refused.data.message]).toEqual([403, expect.stringContaining("printer:configure")])
      // Cebu's manager: not at Manila's printers, sales or list.
      const elsewhere = await call("post", `/admin/kassa/printing/printers/${printer.id}`, cebManager, { port: 9101 })
      expect([elsewhere.status, elsewhere.data.message]).toEqual([403, expect.stringContaining("Not allowed at branch")])
      expect((await call("delete", `/admin/kassa/printing/printers/${printer.id}`, cebManager)).status).toBe(403)
      expect((await call("get", `/admin/kassa/printing/jobs?location_id=${mnl}`, cebManager)).status).toBe(403)
      expect((await call("get", "/admin/kassa/printing/printers", cebManager)).data.printers).toEqual([])
      const sale = await sell(r1, "card")
      expect((await call("post", `/admin/kassa/printing/sales/${sale.order_id}/print`, cebManager, {})).status).toBe(403)
      expect((await call("post", `/admin/kassa/printing/sales/order_missing/print`, manager, {})).status).toBe(404)

      // Switched off at the branch: refused there, and its sales queue nothing.
      expect((await call("post", `/admin/kassa/branches/${mnl}/plugins`, manager, { plugin: "printing", enabled: false })).status).toBe(200)
      expect((await call("get", `/admin/kassa/printing/printers?location_id=${mnl}`, manager)).status).toBe(403)
      const unprinted = await sell(r1, "cash")
      await call("post", `/admin/kassa/branches/${mnl}/plugins`, manager, { plugin: "printing", enabled: true })
      await new Promise((r) => setTimeout(r, 300))
      expect(await jobsOf(unprinted.order_id)).toEqual([])

      expect((await call("delete", `/admin/kassa/printing/printers/${printer.id}`, manager)).status).toBe(200)
      expect((await call("get", `/admin/kassa/printing/printers/${printer.id}`, manager)).status).toBe(404)

      // Who added, changed and removed the printer, in the audit log.
      const entries = async () =>
        (await call("get", `/admin/kassa/audit/entries?entity_type=printer&entity_id=${printer.id}&limit=50`, owner)).data.entries as { action: string }[]
      for (let tries = 0; tries < 50 && (await entries()).length < 2; tries++) await new Promise((r) => setTimeout(r, 200))
      expect((await entries()).map((e) => e.action)).toEqual(expect.arrayContaining(["create"]))
    })

    const roleId = async (name: string) => {
      const [role] = await getContainer().resolve<StaffModuleService>(STAFF_MODULE).listStaffRoles({ name })
      return role.id as string
    }
    const route = (body: Record<string, unknown>, who = manager) => call("post", "/admin/kassa/printing/routing", who, { location_id: mnl, task: "receipt", ...body })

    it("routes a receipt by register and role, most specific first, then the branch's default; removing a route falls back, a switched-off printer is passed over", async () => {
      const [main, counter2, cashiers, managersAt1] = await Promise.all([testPrinter(), testPrinter(), testPrinter(), testPrinter()])
      try {
        // Printers of the "kitchen" role: only the routing table sends receipts to them.
        const add = (name: string, port: number) => addPrinter({ name, port, role: "kitchen" })
        const [pMain, p2, pCashier, pManager] = [await add("Main", main.port), await add("Counter 2", counter2.port), await add("Cashiers", cashiers.port), await add("Managers at 1", managersAt1.port)]
        const cashierRole = await roleId("Cashier")
        const managerRole = await roleId("Manager")
        expect((await route({ printer_id: pMain.id })).status).toBe(200)
        expect((await route({ register_id: r2, printer_id: p2.id })).status).toBe(200)
        const byRole = await route({ role_id: cashierRole, printer_id: pCashier.id })
        expect(byRole.data.print_route).toEqual(expect.objectContaining({ task: "receipt", role_id: cashierRole, register_id: null, printer_id: pCashier.id }))
        expect((await route({ register_id: r1, role_id: managerRole, printer_id: pManager.id })).status).toBe(200)
        // Setting a route again changes it: still one per (branch, task, register, role).
        expect((await route({ printer_id: p2.id })).status).toBe(200)
        expect((await route({ printer_id: pMain.id })).status).toBe(200)
        const table = (await call("get", `/admin/kassa/printing/routing?location_id=${mnl}`, cashier)).data.print_routes
        expect(table).toHaveLength(4)

        const printedOn = async (printer: Awaited<ReturnType<typeof testPrinter>>, sale: { receipt_number: string }) => expect(has(await printer.next(), sale.receipt_number)).toBe(true)
        await printedOn(counter2, await sell(r2, "card")) // register beats role
        await printedOn(cashiers, await sell(r1, "card")) // the cashier's role (R1's route is the manager's)
        await printedOn(managersAt1, await sell(r1, "card", manager)) // register and role
        await printedOn(counter2, await sell(r2, "card", manager))

        expect((await call("delete", `/admin/kassa/printing/routing/${byRole.data.print_route.id}`, manager)).status).toBe(200)
        await printedOn(main, await sell(r1, "card")) // the branch's default
        // A route whose printer is switched off is passed over; with none left (and no receipt printer), no job: the browser prints.
        expect((await call("post", `/admin/kassa/printing/printers/${pMain.id}`, manager, { is_active: false })).status).toBe(200)
        const unrouted = await sell(r1, "card")
        await new Promise((r) => setTimeout(r, 500))
        expect(await jobsOf(unrouted.order_id)).toEqual([])
        await printedOn(counter2, await sell(r2, "card"))
        for (const p of [main, counter2, cashiers, managersAt1]) expect(await p.quiet(200)).toBe(true)

        // Bad routes: a clear 400 with nothing written; a cashier may read the table, not set it.
        const bad = async (body: Record<string, unknown>, message: string) => {
          const res = await route(body)
          expect([res.status, res.data.message]).toEqual([400, expect.stringContaining(message)])
        }
        const cebPrinter = (await call("post", "/admin/kassa/printing/printers", cebManager, { location_id: ceb, name: "Cebu", host: "127.0.0.1" })).data.printer
        await bad({ printer_id: cebPrinter.id }, "is not a printer of this branch")
        await bad({ printer_id: pMain.id, register_id: cebR1 }, "is not a register of this branch")
        await bad({ printer_id: pMain.id, role_id: "krol_nothere" }, "No role krol_nothere")
        await bad({ printer_id: pMain.id, task: "fax" }, "for field 'task'")
        expect((await call("get", `/admin/kassa/printing/routing?location_id=${mnl}`, manager)).data.print_routes).toHaveLength(3)
        expect((await route({ printer_id: pMain.id }, cashier)).status).toBe(403)
        expect((await call("get", `/admin/kassa/printing/routing?location_id=${mnl}`, cebManager)).status).toBe(403)
      } finally {
        for (const p of [main, counter2, cashiers, managersAt1]) await p.close()
      }
    })

    it("prints a job once the printer that was down comes back, exactly once; the customer's copy is marked and carries the receipt number as CODE128", async () => {
      // Enough attempts for the printer to come back (read when the job is queued).
      process.env.KASSA_PRINT_MAX_ATTEMPTS = "30"
      const port = await deadPort()
      let printer: Awaited<ReturnType<typeof testPrinter>> | null = null
      try {
        await addPrinter({ name: "Counter 1", register_id: r1, port })
        const sale = await sell(r1, "card")
        for (let tries = 0; tries < 100; tries++) {
          const [job] = await jobsOf(sale.order_id)
          if (job?.last_error) break
          await new Promise((r) => setTimeout(r, 50))
        }
        expect((await jobsOf(sale.order_id))[0]).toEqual(expect.objectContaining({ status: expect.stringMatching(/pending|printing/), last_error: expect.stringContaining("ECONNREFUSED") }))
        printer = await testPrinter(port)
        expect(has(await printer.next(), sale.receipt_number)).toBe(true)
        const [done] = await settledJobs(sale.order_id)
        expect(done).toEqual(expect.objectContaining({ status: "done", attempts: expect.any(Number) }))
        expect(done.attempts).toBeGreaterThan(1)
        expect(await printer.quiet(1500)).toBe(true)

        const copy = await call("post", `/admin/kassa/printing/sales/${sale.order_id}/print`, cashier, { copy: "customer" })
        expect(copy.status).toBe(202)
        const print = await printer.next()
        expect(has(print, "CUSTOMER COPY")).toBe(true)
        expect(has(print, "REPRINT")).toBe(false)
        const code = `{B${sale.receipt_number}`
        const at = print.indexOf(Buffer.concat([Buffer.from([0x1d, 0x6b, 0x49, code.length]), Buffer.from(code)]))
        expect(at).toBeGreaterThan(0)
        expect(print.indexOf(CUT)).toBeGreaterThan(at)
        expect((await call("post", `/admin/kassa/printing/sales/${sale.order_id}/print`, cashier, { copy: "merchant" })).status).toBe(400)
      } finally {
        process.env.KASSA_PRINT_MAX_ATTEMPTS = "3"
        await printer?.close()
      }
    })

    it("prints a counter return's refund slip on the printer routed to return_slip (font B on a 58 mm roll), and none where no route is set", async () => {
      const slips = await testPrinter()
      try {
        await call("post", `/admin/kassa/pos/branches/${mnl}/settings`, manager, { return_approval_amount: 100000 })
        const giveBack = async () => {
          const sale = await sell(r1, "cash")
          const [line] = (await call("get", `/admin/kassa/pos/sales?location_id=${mnl}&q=${sale.receipt_number}`, cashier)).data.sales[0].lines
          const res = await call("post", "/admin/kassa/pos/returns", cashier, {
            order_id: sale.order_id, register_id: r1, reason: "Wrong colour", items: [{ item_id: line.item_id, quantity: 1, condition: "resellable" }], refund: { method: "cash" },
          })
          expect([res.status, res.data.message]).toEqual([201, undefined])
          return res.data.return as { id: string; number: string }
        }
        // No route for the task: the counter prints the slip from the browser, nothing is queued.
        const unrouted = await giveBack()
        expect(await slips.quiet(1500)).toBe(true)
        expect((await call("get", `/admin/kassa/printing/jobs?location_id=${mnl}`, manager)).data.print_jobs.filter((j: { kind: string }) => j.kind === "return_slip")).toEqual([])

        const printer = await addPrinter({ name: "Returns desk", port: slips.port, paper_width: 58, role: "report" })
        expect((await call("post", "/admin/kassa/printing/routing", manager, { location_id: mnl, task: "return_slip", printer_id: printer.id })).status).toBe(200)
        const returned = await giveBack()
        const slip = await slips.next()
        expect(has(slip, INIT)).toBe(true)
        expect(has(slip, "REFUND RECEIPT")).toBe(true)
        expect(has(slip, returned.number)).toBe(true)
        expect(has(slip, unrouted.number)).toBe(false)
        // 42 columns on a 32-column roll: font B (ESC M 1), never the drawer.
        expect(has(slip, Buffer.from([0x1b, 0x4d, 0x01]))).toBe(true)
        expect(has(slip, KICK)).toBe(false)
        expect(slip.indexOf(CUT)).toBeGreaterThan(slip.indexOf(returned.number))
        expect(await slips.quiet(1500)).toBe(true)
      } finally {
        await slips.close()
      }
    })

    it("prints a closed drawer's Z report on the printer routed to z_report for its register, and nothing for a register without a route", async () => {
      const reports = await testPrinter()
      try {
        const printer = await addPrinter({ name: "Back office", port: reports.port, paper_width: 80, role: "report" })
        expect((await call("post", "/admin/kassa/printing/routing", manager, { location_id: mnl, task: "z_report", printer_id: printer.id, register_id: r1 })).status).toBe(200)
        await sell(r1, "cash")
        const close = async (register: string) => {
          const [session] = (await call("get", `/admin/kassa/pos/drawer-sessions?location_id=${mnl}&register_id=${register}&status=open`, cashier)).data.drawer_sessions
          const closed = await call("post", `/admin/kassa/pos/drawer-sessions/${session.id}/close`, cashier, { counted_cash: 2000 })
          expect(closed.status).toBe(200)
          return closed.data.z_report as { number: number }
        }
        const z = await close(r1)
        const slip = await reports.next()
        expect(has(slip, INIT)).toBe(true)
        expect(has(slip, `Z REPORT #${z.number}`)).toBe(true)
        expect(has(slip, "Register R1")).toBe(true)
        expect(has(slip, "Expected in drawer")).toBe(true)
        expect(has(slip, "Sales (1)")).toBe(true)
        // 42 columns fit an 80 mm roll's font A: no font B, no drawer kick, cut after the last line.
        expect(has(slip, Buffer.from([0x1b, 0x4d, 0x01]))).toBe(false)
        expect(has(slip, KICK)).toBe(false)
        expect(slip.indexOf(CUT)).toBeGreaterThan(slip.indexOf("Printed"))
        const jobs = (await call("get", `/admin/kassa/printing/jobs?location_id=${mnl}`, manager)).data.print_jobs
        expect(jobs.filter((j: { kind: string }) => j.kind === "z_report")).toEqual([expect.objectContaining({ receipt_number: `#${z.number}`, printer_id: printer.id })])
        // R2 has no route for its Z report: it is printed from the browser, nothing is queued.
        await close(r2)
        expect(await reports.quiet(1500)).toBe(true)
      } finally {
        await reports.close()
      }
    })

    it("prints per printer: no cut without a cutter, its own code page, the store's logo as a raster; a gift receipt without prices", async () => {
      const counter1 = await testPrinter()
      try {
        const printer = await addPrinter({ name: "Counter 1", register_id: r1, port: counter1.port, has_cutter: false, code_page: "windows1252", cash_drawer: true })
        expect(printer).toEqual(expect.objectContaining({ kind: "network", has_cutter: false, code_page: "windows1252" }))

        // The logo: a PNG uploaded through Medusa's File module, then set as this branch's (core's route).
        const png = new PNG({ width: 200, height: 40 })
        png.data.fill(0)
        for (let i = 3; i < png.data.length; i += 4) png.data[i] = 255
        const form = new FormData()
        form.append("files", new Blob([PNG.sync.write(png)], { type: "image/png" }), "logo.png")
        const uploaded = await api.post("/admin/uploads", form, owner)
        const fileId = uploaded.data.files[0].id
        const notAnImage = new FormData()
        notAnImage.append("files", new Blob(["hello"], { type: "text/plain" }), "logo.txt")
        const text = (await api.post("/admin/uploads", notAnImage, owner)).data.files[0].id
        const logoRoute = `/admin/kassa/branches/${mnl}/logo`
        const refused = await call("post", logoRoute, manager, { file_id: text })
        expect([refused.status, refused.data.message]).toEqual([400, expect.stringContaining("The logo is not an image")])
        expect((await call("post", logoRoute, cashier, { file_id: fileId })).status).toBe(403)
        const set = await call("post", logoRoute, manager, { file_id: fileId })
        expect([set.status, set.data.branch_logo?.file_id]).toEqual([200, fileId])

        const sale = await sell(r1, "cash")
        const print = await counter1.next()
        expect(has(print, sale.receipt_number)).toBe(true)
        expect(has(print, CUT)).toBe(false)
        expect(has(print, Buffer.from([0x1b, 0x74, 16]))).toBe(true) // ESC t 16: Windows-1252 on Epson's table
        const raster = print.indexOf(Buffer.from([0x1d, 0x76, 0x30, 0x00])) // GS v 0
        expect(raster).toBeGreaterThan(0)
        expect(raster).toBeLessThan(print.indexOf(sale.receipt_number))
        expect([...print.subarray(print.length - KICK.length)]).toEqual([...KICK])

        // The gift receipt: no route of its own, so where the receipt prints; lines and quantities, no prices.
        const gift = await call("post", `/admin/kassa/printing/sales/${sale.order_id}/print`, cashier, { document: "gift_receipt" })
        expect([gift.status, gift.data.print_job?.kind]).toEqual([202, "gift_receipt"])
        const giftPrint = (await counter1.next()).toString("latin1")
        expect(giftPrint).toContain("GIFT RECEIPT")
        expect(giftPrint).toContain(`{B${sale.receipt_number}`)
        expect(giftPrint).toContain("Qty 1")
        expect(giftPrint).not.toMatch(/PHP|\d,?\d{3}\.\d{2}|Cash/)
        expect(has(Buffer.from(giftPrint, "latin1"), KICK)).toBe(false)
        // An A4 invoice cannot go to a receipt printer.
        expect((await route({ task: "invoice", printer_id: printer.id })).status).toBe(200)
        const invoice = await call("post", `/admin/kassa/printing/sales/${sale.order_id}/print`, cashier, { document: "invoice" })
        expect([invoice.status, invoice.data.message]).toEqual([400, expect.stringContaining("An A4 invoice needs a PDF or browser printer")])
        expect((await call("post", `/admin/kassa/printing/sales/${sale.order_id}/print`, cashier, { document: "invoice", copy: "customer" })).status).toBe(400)

        // Removed: receipts print without it.
        expect((await call("delete", logoRoute, manager)).data.branch_logo).toBeNull()
        await call("post", `/admin/kassa/printing/sales/${sale.order_id}/print`, cashier, {})
        expect(has(await counter1.next(), Buffer.from([0x1d, 0x76, 0x30]))).toBe(false)
        expect(await counter1.quiet()).toBe(true)
      } finally {
        await counter1.close()
      }
    })

    it("keeps a PDF printer's documents as PDFs on their jobs; leaves a browser printer's to the counter; host only for network printers", async () => {
      const bad = async (body: Record<string, unknown>, message: string) => {
        const res = await call("post", "/admin/kassa/printing/printers", manager, { location_id: mnl, name: "P", ...body })
        expect([res.status, res.data.message]).toEqual([400, expect.stringContaining(message)])
      }
      await bad({}, "host is required for a network printer")
      await bad({ kind: "fax", host: "127.0.0.1" }, "'network, browser, pdf' for field 'kind'")
      await bad({ host: "127.0.0.1", code_page: "cp9999" }, "for field 'code_page'")
      const pdf = await addPrinter({ name: "Invoices", kind: "pdf", host: null })
      const browser = await addPrinter({ name: "This browser", kind: "browser", host: null })
      // Made a network printer, it needs an address.
      const noHost = await call("post", `/admin/kassa/printing/printers/${browser.id}`, manager, { kind: "network" })
      expect([noHost.status, noHost.data.message]).toEqual([400, expect.stringContaining("A network printer needs its host")])
      expect((await call("post", `/admin/kassa/printing/printers/${pdf.id}/test-page`, manager)).status).toBe(400)

      expect((await route({ task: "receipt", register_id: r1, printer_id: browser.id })).status).toBe(200)
      expect((await route({ task: "invoice", printer_id: pdf.id })).status).toBe(200)
      expect((await route({ task: "receipt", register_id: r2, printer_id: pdf.id })).status).toBe(200)

      // Counter 1's receipts go to the browser on purpose: no job, and the counter is told so.
      const atCounter1 = await sell(r1, "cash")
      await new Promise((r) => setTimeout(r, 500))
      expect(await jobsOf(atCounter1.order_id)).toEqual([])
      const where = await call("get", `/admin/kassa/printing/sales/${atCounter1.order_id}/printer`, cashier)
      expect(where.data.printer).toEqual({ id: browser.id, name: "This browser", kind: "browser" })
      const reprint = await call("post", `/admin/kassa/printing/sales/${atCounter1.order_id}/print`, cashier, {})
      expect([reprint.status, reprint.data]).toEqual([200, { print_job: null, print_in_browser: true }])

      // Counter 2's receipt and any invoice become PDFs, done at once, downloadable from the history.
      const atCounter2 = await sell(r2, "card")
      const [receiptJob] = await settledJobs(atCounter2.order_id)
      expect(receiptJob).toEqual(expect.objectContaining({ kind: "receipt", format: "pdf", status: "done", printer_id: pdf.id, attempts: 0 }))
      const invoice = await call("post", `/admin/kassa/printing/sales/${atCounter1.order_id}/print`, cashier, { document: "invoice" })
      expect([invoice.status, invoice.data.print_job.format, invoice.data.print_job.status]).toEqual([202, "pdf", "done"])
      for (const job of [receiptJob, invoice.data.print_job]) {
        const doc = await api.get(`/admin/kassa/printing/jobs/${job.id}/document`, { ...cashier, responseType: "arraybuffer" })
        expect(doc.headers["content-type"]).toContain("application/pdf")
        expect(Buffer.from(doc.data).subarray(0, 5).toString()).toBe("%PDF-")
      }
      // An A4 page (595 × 842 pt) for the invoice, a roll for the receipt.
      const invoicePdf = Buffer.from((await api.get(`/admin/kassa/printing/jobs/${invoice.data.print_job.id}/document`, { ...manager, responseType: "arraybuffer" })).data).toString("latin1")
      expect(invoicePdf).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/)
      expect((await call("get", `/admin/kassa/printing/jobs/${receiptJob.id}/document`, cebManager)).status).toBe(403)

      // With a branch logo, the PDF printer's gift receipt carries it as an image above the lines.
      const png = new PNG({ width: 120, height: 30 })
      png.data.fill(255)
      const form = new FormData()
      form.append("files", new Blob([PNG.sync.write(png)], { type: "image/png" }), "logo.png")
      const fileId = (await api.post("/admin/uploads", form, owner)).data.files[0].id
      expect((await call("post", `/admin/kassa/branches/${mnl}/logo`, manager, { file_id: fileId })).status).toBe(200)
      const gift = await call("post", `/admin/kassa/printing/sales/${atCounter2.order_id}/print`, cashier, { document: "gift_receipt" })
      expect([gift.status, gift.data.print_job?.format]).toEqual([202, "pdf"])
      const giftPdf = Buffer.from((await api.get(`/admin/kassa/printing/jobs/${gift.data.print_job.id}/document`, { ...cashier, responseType: "arraybuffer" })).data).toString("latin1")
      expect(giftPdf).toContain("/Subtype /Image")

      // Counter 1's gift receipt follows its receipt to the browser; the counter prints the page it is given.
      const inBrowser = await call("post", `/admin/kassa/printing/sales/${atCounter1.order_id}/print`, cashier, { document: "gift_receipt" })
      expect([inBrowser.status, inBrowser.data]).toEqual([200, { print_job: null, print_in_browser: true }])
      const page = await call("get", `/admin/kassa/printing/sales/${atCounter1.order_id}/document?document=gift_receipt`, cashier)
      expect(page.status).toBe(200)
      expect(page.data.html).toContain("GIFT RECEIPT")
      expect(page.data.html).toContain(atCounter1.receipt_number)
      expect(page.data.html).toContain('<img class="logo"')
      expect(page.data.html).not.toMatch(/PHP|₱|\d,?\d{3}\.\d{2}|Cash/)
      const a4 = await call("get", `/admin/kassa/printing/sales/${atCounter1.order_id}/document?document=invoice`, cashier)
      expect([a4.status, a4.data.html]).toEqual([200, expect.stringContaining(atCounter1.receipt_number)])
      expect(a4.data.html).toContain("size: A4")
      const wrong = await call("get", `/admin/kassa/printing/sales/${atCounter1.order_id}/document?document=label`, cashier)
      expect([wrong.status, wrong.data.message]).toEqual([400, expect.stringContaining("Expected: 'gift_receipt, invoice' for field 'document'")])
      expect((await call("get", `/admin/kassa/printing/sales/${atCounter1.order_id}/document?document=invoice`, cebManager)).status).toBe(403)
      expect((await call("get", `/admin/kassa/printing/sales/order_nope/document?document=invoice`, cashier)).status).toBe(404)
    })
  },
})
