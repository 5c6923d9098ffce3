import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import { integrationTestRunner } from "../helpers/test-runner"
import { PNG } from "pngjs"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, Headers, staffHeaders, TEST_PASSWORD } from "../helpers/admin"
import { startTestSmtp } from "../helpers/smtp"
import { testPrinter } from "../helpers/test-printer"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(300000)

// A real SMTP server for the customers' claim e-mails; the app is configured to send through it.
const mails = startTestSmtp("Galos Gadget Hub <service@example.com>")

const TZ = "Asia/Manila"
const localDate = (instant: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: TZ, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant)
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
/** The instant of a wall-clock time in Manila (UTC+8, no daylight saving). */
const manilaTime = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`)

type Claim = { id: string; status: string; type: string; serial_number: string; events: { from_status: string | null; to_status: string; actor_id: string; note: string | null }[] }

async function branchesOf(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "branch", fields: ["code", "stock_location_id", "registers.id", "registers.code"] })
  return Object.fromEntries(
    (data as { code: string; stock_location_id: string; registers: { id: string; code: string }[] }[]).map((b) => [
      b.code,
      { location: b.stock_location_id, register: b.registers.find((r) => r.code === "R1")!.id },
    ])
  ) as Record<string, { location: string; register: string }>
}

/** The first demo iPhone with `units` in stock at the branch. */
async function phone(container: MedusaContainer, location: string, units: number) {
  const variant = buildCatalog().find((p) => p.category === "iPhone")!.variants[0]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "product_id", "product.title", "inventory_items.inventory_item_id"], filters: { sku: variant.sku } })
  const v = data[0] as { id: string; product_id: string; product: { title: string }; inventory_items: { inventory_item_id: string }[] }
  const inventoryItemId = v.inventory_items[0].inventory_item_id
  await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: inventoryItemId, location_id: location, stocked_quantity: units }])
  return { id: v.id, product_id: v.product_id, title: v.product.title, barcode: variant.barcode, inventoryItemId }
}

const stockOf = async (container: MedusaContainer, inventoryItemId: string, location: string) => {
  const [level] = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: location })
  return Number(level.stocked_quantity)
}

/** Moves a sale to another moment: how the tests reach day 30, 31, 7 and 8 (the window reads the order's date). */
async function moveSale(container: MedusaContainer, orderId: string, at: Date) {
  await container.resolve(ContainerRegistrationKeys.PG_CONNECTION)("order").where({ id: orderId }).update({ created_at: at })
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let mnl: string
    let ceb: string
    let register: string
    let owner: Headers
    let manager: Headers
    let agent: Headers
    let technician: Headers
    let cashier: Headers

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      const branches = await branchesOf(container)
      mnl = branches.MNL.location
      ceb = branches.CEB.location
      register = branches.MNL.register
      owner = await adminHeaders(api, container, "owner@example.com")
      manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl] })
      agent = await staffHeaders(api, container, "agent1.mnl@example.com", { roles: ["Sales Agent"], branch_ids: [mnl] })
      cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [mnl] })
      technician = await staffHeaders(api, container, "tech.mnl@example.com", { roles: ["Technician"], branch_ids: [mnl] })
      // No sale without an open drawer.
      await api.post("/admin/kassa/pos/drawer-sessions", { register_id: register, denominations: { "1000": 2 } }, cashier)
    })

    const call = (method: "get" | "post" | "delete", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api[method](url, who)).catch((e: { response: unknown }) => e.response)

    /** A real counter sale of phones with their serials, to a customer with an e-mail address. */
    async function sellPhones(serials: string[], email = "liza@example.com") {
      const container = getContainer()
      const p = await phone(container, mnl, serials.length + 5)
      const customer = await call("post", "/admin/kassa/pos/customers", cashier, { first_name: "Liza", last_name: "Soberano", phone: "0917 555 0101", email })
      const opened = await call("post", "/admin/kassa/pos/tickets", cashier, { location_id: mnl, register_id: register })
      const ticket = opened.data.ticket
      const scanned = await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines`, cashier, { code: p.barcode, quantity: serials.length })
      const line = scanned.data.ticket.lines[0]
      await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines/${line.id}`, cashier, { serial_numbers: serials })
      await call("post", `/admin/kassa/pos/tickets/${ticket.id}`, cashier, { customer_id: customer.data.customer.id })
      const sold = await call("post", `/admin/kassa/pos/tickets/${ticket.id}/checkout`, { headers: { ...cashier.headers, "idempotency-key": `sale-${serials[0]}` } }, {
        tenders: [{ method: "cash", tendered: 10_000_000 }],
      })
      expect(sold.status).toBe(200)
      const orderId: string = sold.data.sale.order_id
      const { data } = await api.get(`/admin/orders/${orderId}?fields=id,*items`, owner)
      return { orderId, lineId: data.order.items[0].id as string, phone: p, customerId: customer.data.customer.id as string }
    }

    const file = (who: Headers, body: Record<string, unknown>) =>
      call("post", "/admin/kassa/warranty/claims", who, { location_id: mnl, type: "repair", issue: "Does not charge", ...body })
    const move = (id: string, who: Headers, body: Record<string, unknown>) => call("post", `/admin/kassa/warranty/claims/${id}`, who, body)

    it("counts the repair (30 days) and replacement (7 days) windows in the branch's calendar, across its midnight, with a manager's override", async () => {
      const container = getContainer()
      const sale = await sellPhones(["SN-W1", "SN-W2", "SN-W3", "SN-W4", "SN-W5"])
      const today = localDate(new Date())

      const fresh = await call("get", `/admin/kassa/warranty/lookup?location_id=${mnl}&serial_number=SN-W1`, agent)
      expect(fresh.status).toBe(200)
      expect(fresh.data.sale).toEqual(expect.objectContaining({ order_id: sale.orderId, line_item_id: sale.lineId, serial_numbers: ["SN-W1", "SN-W2", "SN-W3", "SN-W4", "SN-W5"] }))
      expect(fresh.data.windows.repair).toEqual(expect.objectContaining({ day: 0, days: 30, open: true, ends_on: addDays(today, 30) }))

      // Five minutes after the branch's midnight that starts day 30: accepted. In UTC that is
      // still the evening before, day 31 — the branch's calendar decides, not the server's.
      await moveSale(container, sale.orderId, manilaTime(addDays(today, -30), "00:05"))
      const day30 = await file(agent, { serial_number: "SN-W1" })
      expect(day30.status).toBe(201)
      expect(day30.data.claim).toEqual(expect.objectContaining({ status: "pending", type: "repair", window_days: 30, window_ends_on: today, order_id: sale.orderId }))

      // Ten minutes earlier, before that midnight: day 31, refused with the dates.
      await moveSale(container, sale.orderId, manilaTime(addDays(today, -31), "23:55"))
      const day31 = await file(agent, { serial_number: "SN-W2" })
      expect(day31.status).toBe(400)
      expect(day31.data.message).toBe(
        `Outside the 30-day repair window: sold on ${addDays(today, -31)}, the window ended on ${addDays(today, -1)}, today is ${today} (day 31, ${TZ})`
      )

      await moveSale(container, sale.orderId, manilaTime(addDays(today, -7), "00:01"))
      expect((await file(agent, { serial_number: "SN-W2", type: "replacement" })).status).toBe(201)
      await moveSale(container, sale.orderId, manilaTime(addDays(today, -8), "23:59"))
      const day8 = await file(agent, { serial_number: "SN-W3", type: "replacement" })
      expect(day8.status).toBe(400)
      expect(day8.data.message).toContain(`Outside the 7-day replacement window: sold on ${addDays(today, -8)}`)
      // Day 8 is still inside the repair window.
      expect((await file(agent, { serial_number: "SN-W3", type: "repair" })).status).toBe(201)

      // Outside the window only by a manager: the agent alone may not, the manager's PIN may.
      const override = { reason: "Customer was abroad; manager approved" }
      const alone = await file(agent, { serial_number: "SN-W4", type: "replacement", override })
      expect(alone.status).toBe(403)
      expect(alone.data.message).toContain("warranty:override")
      const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
      const managerUser = (await container.resolve(Modules.USER).listUsers({ email: "manager.mnl@example.com" }))[0]
      const [managerStaff] = await staff.listStaffMembers({ user_id: managerUser.id })
      await call("post", `/admin/kassa/staff/${managerStaff.id}/pin`, owner, { pin: "4826" })
      const wrongPin = await file(agent, { serial_number: "SN-W4", type: "replacement", override: { ...override, approval: { staff_id: managerStaff.id, pin: "1111" } } })
      expect(wrongPin.status).toBe(401)
      const approved = await file(agent, { serial_number: "SN-W4", type: "replacement", override: { ...override, approval: { staff_id: managerStaff.id, pin: "4826" } } })
      expect(approved.status).toBe(201)
      expect(approved.data.claim).toEqual(expect.objectContaining({ override_by: managerStaff.id, override_reason: override.reason }))
      expect(approved.data.claim.events[0].note).toBe(`Filed on day 8 of a 7-day window by override: ${override.reason}`)
      const byManager = await call("post", "/admin/kassa/warranty/claims", manager, { location_id: mnl, type: "replacement", serial_number: "SN-W5", issue: "Dead pixels", override })
      expect(byManager.status).toBe(201)

      // The override is in the audit log with who allowed it.
      const { data: audit } = await call("get", `/admin/kassa/audit/entries?entity_id=${approved.data.claim.id}`, owner)
      expect(JSON.stringify(audit)).toContain(override.reason)
    })

    it("checks serials: unknown, not on that line, one open claim per unit, and sales older than the registry", async () => {
      const container = getContainer()
      const sale = await sellPhones(["SN-S1", "SN-S2"])

      const unknown = await file(agent, { serial_number: "SN-NOPE" })
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toBe("No sale of serial number SN-NOPE was found")
      const wrongLine = await file(agent, { serial_number: "SN-NOPE", order_id: sale.orderId, line_item_id: sale.lineId })
      expect(wrongLine.status).toBe(400)
      expect(wrongLine.data.message).toContain("was not sold on line")
      expect(wrongLine.data.message).toContain("(its serials: SN-S1, SN-S2)")
      const noOrder = await file(agent, { serial_number: "SN-S1", line_item_id: sale.lineId })
      expect(noOrder.status).toBe(400)
      expect(noOrder.data.message).toContain("line_item_id needs order_id")

      const byLine = await file(agent, { serial_number: "SN-S1", order_id: sale.orderId, line_item_id: sale.lineId })
      expect(byLine.status).toBe(201)
      const second = await file(agent, { serial_number: "SN-S1", type: "replacement" })
      expect(second.status).toBe(409)
      expect(second.data.message).toBe(`Serial number SN-S1 already has an open claim (${byLine.data.claim.id}, Pending)`)

      // A sale the registry never saw (made before the plugin, or its event lost): found on the order line itself.
      await container.resolve(ContainerRegistrationKeys.PG_CONNECTION)("kassa_warranty_serial").where({ order_id: sale.orderId }).delete()
      const older = await file(agent, { serial_number: "SN-S2" })
      expect(older.status).toBe(201)
      expect(older.data.claim).toEqual(expect.objectContaining({ order_id: sale.orderId, line_item_id: sale.lineId, customer_id: sale.customerId }))
    })

    it("moves claims through every legal step, refuses the illegal ones, records who and when, and e-mails the customer", async () => {
      const sale = await sellPhones(["SN-L1", "SN-L2", "SN-L3", "SN-L4", "SN-L5"], "juan@example.com")
      const filed = await file(agent, { serial_number: "SN-L1" })
      expect(filed.status).toBe(201)
      const id = filed.data.claim.id
      expect(id).toMatch(/^wcl_/)

      // Sales agents file, they do not move claims on.
      expect((await move(id, agent, { status: "in_progress" })).status).toBe(403)

      const technicianId: string = (await call("get", "/admin/kassa/me", technician)).data.staff.id
      const started = await move(id, technician, { status: "in_progress", technician_id: technicianId, note: "Bench 2" })
      expect(started.status).toBe(200)
      expect(started.data.claim).toEqual(expect.objectContaining({ status: "in_progress", technician_id: technicianId }))

      const mail = async (subject: string) => {
        for (let i = 0; i < 50 && !mails.some((m) => m.raw.includes(subject)); i++) await new Promise((r) => setTimeout(r, 200))
        return mails.find((m) => m.raw.includes(subject))
      }
      const sent = await mail(`Subject: Warranty claim ${id}: In progress`)
      expect(sent?.to).toEqual(["juan@example.com"])
      expect(sent?.raw).toContain("A technician is now working on your unit.")
      expect(sent?.raw).toContain("SN-L1")

      const illegal = await move(id, technician, { status: "released" })
      expect(illegal.status).toBe(400)
      expect(illegal.data.message).toBe("A claim cannot go from In progress to Released (from In progress: Completed, Rejected, Canceled)")
      expect((await move(id, technician, { status: "pending" })).status).toBe(400)
      expect((await move(id, technician, { status: "in_progress" })).data.message).toBe("The claim is already In progress")

      const repaired = await move(id, technician, { repair_notes: "Replaced the charging port", parts_cost: 850.5, labour_cost: 300 })
      expect(repaired.data.claim).toEqual(expect.objectContaining({ repair_notes: "Replaced the charging port", parts_cost: 850.5, labour_cost: 300, status: "in_progress" }))
      expect((await move(id, technician, { parts_cost: 1.005 })).status).toBe(400)
      expect((await move(id, technician, { status: "completed" })).status).toBe(200)
      expect((await move(id, technician, { status: "in_progress" })).status).toBe(400)
      const released = await move(id, manager, { status: "released", note: "Collected by the customer" })
      expect(released.data.claim.status).toBe("released")
      const closed = await move(id, manager, { status: "canceled" })
      expect(closed.status).toBe(400)
      expect(closed.data.message).toBe("The claim is Released: it can no longer change")

      const history = (released.data.claim as Claim).events.sort((a, b) => ["pending", "in_progress", "completed", "released"].indexOf(a.to_status) - ["pending", "in_progress", "completed", "released"].indexOf(b.to_status))
      expect(history.map((e) => [e.from_status, e.to_status])).toEqual([[null, "pending"], ["pending", "in_progress"], ["in_progress", "completed"], ["completed", "released"]])
      expect(history[1]).toEqual(expect.objectContaining({ actor_id: technicianId, note: "Bench 2" }))
      expect(released.data.staff[technicianId]).toBe("tech.mnl@example.com")
      expect(await mail(`Subject: Warranty claim ${id}: Released`)).toBeDefined()

      // Released, the unit may be claimed again.
      expect((await file(agent, { serial_number: "SN-L1" })).status).toBe(201)

      // The other legal ends: rejected and canceled, from Pending and from In progress.
      const ends: [string, string[]][] = [["SN-L2", ["rejected"]], ["SN-L3", ["canceled"]], ["SN-L4", ["in_progress", "rejected"]], ["SN-L5", ["in_progress", "canceled"]]]
      for (const [serial, steps] of ends) {
        const claim = (await file(agent, { serial_number: serial })).data.claim
        for (const status of steps) expect((await move(claim.id, manager, { status })).status).toBe(200)
        expect((await move(claim.id, manager, { status: "completed" })).status).toBe(400)
      }
      // A pending claim cannot skip to Completed.
      const skip = await move((await file(agent, { serial_number: "SN-L2" })).data.claim.id, manager, { status: "completed" })
      expect(skip.data.message).toBe("A claim cannot go from Pending to Completed (from Pending: In progress, Rejected, Canceled)")

      // List, filters, CSV, slip and figures.
      const list = await call("get", `/admin/kassa/warranty/claims?location_id=${mnl}&status=rejected&status=canceled`, manager)
      expect(list.data.count).toBe(4)
      const bySerial = await call("get", "/admin/kassa/warranty/claims?q=L1", agent)
      expect(bySerial.data.claims.map((c: Claim) => c.serial_number)).toEqual(["SN-L1", "SN-L1"])
      const csv = await call("get", `/admin/kassa/warranty/export?location_id=${mnl}&status=released`, manager)
      expect(csv.headers["content-type"]).toContain("text/csv")
      expect(csv.data.split("\n")[0]).toContain("id,created_at,status,type,serial_number")
      expect(csv.data).toContain(`${id},`)
      const slip = await api.get(`/admin/kassa/warranty/claims/${id}/slip`, { ...agent, responseType: "arraybuffer" })
      expect(Buffer.from(slip.data).subarray(0, 5).toString()).toBe("%PDF-")
      const figures = (await call("get", `/admin/kassa/warranty/figures?location_id=${mnl}`, manager)).data.figures
      expect(figures.by_status).toEqual({ pending: 2, in_progress: 0, completed: 0, released: 1, rejected: 2, canceled: 2 })
      expect(figures.by_type.repair).toEqual({ count: 7, cost: "1150.50" })
      expect(figures.cost_impact).toBe("1150.50")
      expect(figures.currency_code).toBe("php")
      const utcToday = new Date().toISOString().slice(0, 10)
      const filedToday = (await call("get", `/admin/kassa/warranty/figures?location_id=${mnl}&from=${utcToday}&to=${utcToday}`, manager)).data.figures
      expect(filedToday.total).toBe(7)
      const filedLater = await call("get", `/admin/kassa/warranty/claims?from=${addDays(utcToday, 1)}`, manager)
      expect(filedLater.data.count).toBe(0)
      const product = (await call("get", `/admin/kassa/warranty/figures?product_id=${sale.phone.product_id}`, owner)).data.figures.product
      expect(product).toEqual(expect.objectContaining({ units_sold: 5, claims: 7, claim_rate: 140 }))
    })

    it("replaces a unit: the new one leaves the branch's stock, the faulty one becomes defective stock, old and new serials are linked", async () => {
      const container = getContainer()
      const sale = await sellPhones(["SN-R1", "SN-R2"])
      const stockAfterSale = await stockOf(container, sale.phone.inventoryItemId, mnl)
      const stockAtCebu = await stockOf(container, sale.phone.inventoryItemId, ceb)

      const repair = (await file(agent, { serial_number: "SN-R2" })).data.claim
      await move(repair.id, manager, { status: "in_progress" })
      const notReplacement = await call("post", `/admin/kassa/warranty/claims/${repair.id}/replacement`, manager, { new_serial: "SN-NEW-0" })
      expect(notReplacement.status).toBe(400)

      const claim = (await file(agent, { serial_number: "SN-R1", type: "replacement", issue: "Screen flickers" })).data.claim
      const early = await call("post", `/admin/kassa/warranty/claims/${claim.id}/replacement`, technician, { new_serial: "SN-NEW-1" })
      expect(early.data.message).toContain("while the claim is In progress; it is Pending")
      await move(claim.id, technician, { status: "in_progress" })
      const noSwap = await move(claim.id, technician, { status: "completed" })
      expect(noSwap.data.message).toBe("A replacement claim is completed by replacing the unit (POST …/replacement)")

      // None left at the branch: a 409 naming product and branch, and nothing changes.
      await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: sale.phone.inventoryItemId, location_id: mnl, stocked_quantity: 0 }])
      const short = await call("post", `/admin/kassa/warranty/claims/${claim.id}/replacement`, technician, { new_serial: "SN-NEW-1" })
      expect(short.status).toBe(409)
      expect(short.data.message).toMatch(/^Out of stock: .+ at Manila Branch has 0 available, the replacement needs 1$/)
      expect(await stockOf(container, sale.phone.inventoryItemId, mnl)).toBe(0)
      await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: sale.phone.inventoryItemId, location_id: mnl, stocked_quantity: stockAfterSale }])

      const sold = await call("post", `/admin/kassa/warranty/claims/${claim.id}/replacement`, technician, { new_serial: "SN-R2" })
      expect(sold.data.message).toBe("Serial number SN-R2 was already sold (order " + sale.orderId + ")")
      const replaced = await call("post", `/admin/kassa/warranty/claims/${claim.id}/replacement`, technician, { new_serial: "SN-NEW-1" })
      expect(replaced.status).toBe(200)
      expect(replaced.data.claim.status).toBe("completed")
      expect(replaced.data.claim.replacement).toEqual(expect.objectContaining({ old_serial: "SN-R1", new_serial: "SN-NEW-1", new_variant_id: sale.phone.id, stock_location_id: mnl }))
      expect(await stockOf(container, sale.phone.inventoryItemId, mnl)).toBe(stockAfterSale - 1)
      expect(await stockOf(container, sale.phone.inventoryItemId, ceb)).toBe(stockAtCebu)
      const again = await call("post", `/admin/kassa/warranty/claims/${claim.id}/replacement`, technician, { new_serial: "SN-NEW-2" })
      expect(again.status).toBe(400)
      expect(await stockOf(container, sale.phone.inventoryItemId, mnl)).toBe(stockAfterSale - 1)

      // The faulty unit is in the branch's defective stock until it leaves.
      const defective = await call("get", `/admin/kassa/warranty/defective-units?location_id=${mnl}`, technician)
      expect(defective.data.defective_units).toEqual([
        expect.objectContaining({ serial_number: "SN-R1", reason: "Screen flickers", disposal_status: "pending", claim_id: claim.id, product_title: expect.stringContaining(sale.phone.title) }),
      ])
      expect((await call("get", `/admin/kassa/warranty/defective-units?location_id=${ceb}`, technician)).status).toBe(403)
      const unitId = defective.data.defective_units[0].id
      expect((await call("post", `/admin/kassa/warranty/defective-units/${unitId}`, agent, { disposal_status: "disposed" })).status).toBe(403)
      expect((await call("post", `/admin/kassa/warranty/defective-units/${unitId}`, technician, { disposal_status: "thrown_away" })).status).toBe(400)
      const stockBefore = await stockOf(container, sale.phone.inventoryItemId, mnl)
      const returned = await call("post", `/admin/kassa/warranty/defective-units/${unitId}`, technician, { disposal_status: "returned_to_supplier", rma_number: "RMA-77" })
      expect(returned.data.defective_unit).toEqual(expect.objectContaining({ disposal_status: "returned_to_supplier", rma_number: "RMA-77", source: "replacement", held_by: "not_stocked", disposed_at: expect.any(String) }))
      // The swapped unit was never stocked: nothing leaves the shelf with it.
      expect(await stockOf(container, sale.phone.inventoryItemId, mnl)).toBe(stockBefore)

      // The new unit carries the original sale's warranty.
      const lookup = await call("get", `/admin/kassa/warranty/lookup?location_id=${mnl}&serial_number=SN-NEW-1`, agent)
      expect(lookup.data.sale).toEqual(expect.objectContaining({ order_id: sale.orderId, line_item_id: sale.lineId }))
      expect((await move(claim.id, manager, { status: "released" })).status).toBe(200)
      expect((await file(agent, { serial_number: "SN-NEW-1" })).status).toBe(201)
    })

    it("obeys roles, branches and the per-branch switch; policies per product or category reach the receipt", async () => {
      const sale = await sellPhones(["SN-P1"])
      const cebAgent = await staffHeaders(api, getContainer(), "agent1.ceb@example.com", { roles: ["Sales Agent"], branch_ids: [ceb] })

      expect((await file(cashier, { serial_number: "SN-P1" })).status).toBe(403)
      const elsewhere = await file(cebAgent, { serial_number: "SN-P1" })
      expect(elsewhere.status).toBe(403)
      expect(elsewhere.data.message).toContain("Not allowed at branch MNL")
      const noBranch = await call("post", "/admin/kassa/warranty/claims", agent, { type: "repair", serial_number: "SN-P1", issue: "Broken" })
      expect(noBranch.status).toBe(400)

      expect((await call("post", `/admin/kassa/branches/${mnl}/plugins`, manager, { plugin: "warranty", enabled: false })).status).toBe(200)
      const off = await file(agent, { serial_number: "SN-P1" })
      expect(off.status).toBe(403)
      expect(off.data.message).toMatch(/warranty|Warranty/)
      expect((await call("get", `/admin/kassa/warranty/lookup?location_id=${mnl}&serial_number=SN-P1`, manager)).status).toBe(403)
      await call("post", `/admin/kassa/branches/${mnl}/plugins`, manager, { plugin: "warranty", enabled: true })

      // Policies: managers set them, saying why, agents do not; the product's own wins over its category's.
      const policy = { product_id: sale.phone.product_id, repair_days: 14, replacement_days: 3, manufacturer_months: 12 }
      expect((await call("post", "/admin/kassa/warranty/policies", agent, policy)).status).toBe(403)
      const unexplained = await call("post", "/admin/kassa/warranty/policies", manager, policy)
      expect([unexplained.status, unexplained.data.message]).toEqual([400, expect.stringContaining("X-Kassa-Reason")])
      manager = { headers: { ...manager.headers, "x-kassa-reason": "Supplier's warranty terms changed" } }
      const bad = await call("post", "/admin/kassa/warranty/policies", manager, { ...policy, replacement_days: 20 })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("must not be longer than repair_days")
      const missing = await call("post", "/admin/kassa/warranty/policies", manager, { ...policy, product_id: "prod_missing" })
      expect(missing.status).toBe(404)
      const { data: categories } = await api.get("/admin/product-categories?fields=id,name&limit=50", owner)
      const iphone = categories.product_categories.find((c: { name: string }) => c.name === "iPhone")
      const byCategory = await call("post", "/admin/kassa/warranty/policies", manager, { category_id: iphone.id, repair_days: 60, replacement_days: 10 })
      expect(byCategory.status).toBe(200)
      let lookup = await call("get", `/admin/kassa/warranty/lookup?location_id=${mnl}&serial_number=SN-P1`, agent)
      expect(lookup.data.policy).toEqual(expect.objectContaining({ source: "category", repair_days: 60, replacement_days: 10 }))
      expect((await call("post", "/admin/kassa/warranty/policies", manager, policy)).status).toBe(200)
      lookup = await call("get", `/admin/kassa/warranty/lookup?location_id=${mnl}&serial_number=SN-P1`, agent)
      expect(lookup.data.policy).toEqual(expect.objectContaining({ source: "product", repair_days: 14, replacement_days: 3, manufacturer_months: 12 }))
      expect(lookup.data.windows.repair).toEqual(expect.objectContaining({ days: 14, open: true }))

      const terms = "Warranty: 14-day repair, 3-day replacement; manufacturer's warranty 12 months"
      const receipt = await call("get", `/admin/kassa/pos/sales/${sale.orderId}/receipt`, cashier)
      expect(receipt.data.receipt.lines[0].notes).toEqual([terms])
      const html = await call("get", `/admin/kassa/pos/sales/${sale.orderId}/receipt?format=html`, cashier)
      expect(html.data).toContain("Warranty: 14-day repair, 3-day replacement")
    })

    it("prints the slip of a claim filed by a manager on the printer routed to claim_slip for managers; a sales agent's claim prints from the browser", async () => {
      const container = getContainer()
      const slips = await testPrinter()
      try {
        const printer = await call("post", "/admin/kassa/printing/printers", manager, { location_id: mnl, name: "Service desk", host: "127.0.0.1", port: slips.port, paper_width: 58, role: "report" })
        expect(printer.status).toBe(201)
        const [managerRole] = await container.resolve<StaffModuleService>(STAFF_MODULE).listStaffRoles({ name: "Manager" })
        const routed = await call("post", "/admin/kassa/printing/routing", manager, { location_id: mnl, task: "claim_slip", role_id: managerRole.id, printer_id: printer.data.printer.id })
        expect(routed.status).toBe(200)
        await sellPhones(["SN-P1", "SN-P2"])
        // The store's logo (core's branding): printed above the slip, and on its PDF.
        const image = new PNG({ width: 200, height: 40, colorType: 2 })
        image.data.fill(0)
        const form = new FormData()
        form.append("files", new Blob([PNG.sync.write(image, { colorType: 2 })], { type: "image/png" }), "logo.png")
        const uploaded = (await api.post("/admin/uploads", form, owner)).data.files[0]
        expect((await call("post", "/admin/kassa/branding/logo", owner, { file_id: uploaded.id })).status).toBe(200)

        expect((await file(agent, { serial_number: "SN-P1" })).status).toBe(201)
        expect(await slips.quiet(1500)).toBe(true)

        const filed = await file(manager, { serial_number: "SN-P2", issue: "Screen flickers after the last update, worse when the phone is warm" })
        expect(filed.status).toBe(201)
        const printed = await slips.next()
        const raster = printed.indexOf(Buffer.from([0x1d, 0x76, 0x30, 0x00])) // GS v 0
        expect(raster).toBeGreaterThan(0)
        expect(raster).toBeLessThan(printed.indexOf("WARRANTY CLAIM SLIP"))
        const pdf = await api.get(`/admin/kassa/warranty/claims/${filed.data.claim.id}/slip`, { ...manager, responseType: "arraybuffer" })
        expect(Buffer.from(pdf.data).toString("latin1")).toContain("/Subtype /Image")
        const slip = printed.toString("latin1")
        expect(slip).toContain("WARRANTY CLAIM SLIP")
        expect(slip).toContain(filed.data.claim.id)
        expect(slip).toContain("SN-P2")
        expect(slip).toContain("Liza Soberano")
        // The fault is wrapped at 42 columns, word by word.
        expect(slip).toContain("Screen flickers after the last update,")
        expect(slip).toContain("worse when the phone is warm")
        expect(slip).not.toContain("SN-P1")
        const jobs = (await call("get", `/admin/kassa/printing/jobs?location_id=${mnl}`, manager)).data.print_jobs
        expect(jobs).toEqual([expect.objectContaining({ kind: "claim_slip", receipt_number: filed.data.claim.id })])
      } finally {
        await slips.close()
      }
    })
  },
})
