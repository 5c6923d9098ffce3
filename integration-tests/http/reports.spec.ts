import { upsertBranchWorkflow } from "@kassa/core/kit"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import ExcelJS from "exceljs"
import { adminHeaders, Headers, staffHeaders } from "../helpers/admin"
import { type Branch, branchesByCode, counterSale, twoItems } from "../helpers/counter-world"
import { seedDemoDataOnce } from "../helpers/demo-data"
import { placeOrder } from "../helpers/web-order"

jest.setTimeout(300000)

type Knex = { raw: (sql: string, binds?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

const centavos = (v: unknown) => Math.round(Number(v) * 100)
const localDay = (at: Date, timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at)
const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let owner: Headers
    let cashier: Headers
    let managerMnl: Headers
    let managerDav: Headers
    let branches: Record<string, Branch>
    let items: Awaited<ReturnType<typeof twoItems>>

    const call = (method: "get" | "post", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api.get(url, who)).catch((e: { response?: { status: number; data: unknown } }) => {
        if (!e.response) throw new Error(`${method} ${url}: no response`)
        return e.response as { status: number; data: any }
      })
    const get = async (url: string, who: Headers) => {
      const r = await call("get", url, who)
      expect([url, r.status, r.data.message]).toEqual([url, 200, undefined])
      return r.data
    }

    const sell = (who: Headers, branch: Branch, lines: [string, number][], tender: "cash" | "card", key: string, discount?: { type: "percent" | "amount"; value: number }) =>
      counterSale(call, who, branch, lines, tender, key, { discount })

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      branches = await branchesByCode(container)
      items = await twoItems(container, [branches.MNL.location, branches.DAV.location], 50)
      owner = await adminHeaders(api, container, "owner@example.com")
      cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [branches.MNL.location] })
      managerMnl = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [branches.MNL.location] })
      managerDav = await staffHeaders(api, container, "manager.dav@example.com", { roles: ["Manager"], branch_ids: [branches.DAV.location] })
      for (const [who, branch] of [[cashier, branches.MNL], [managerDav, branches.DAV]] as const) {
        expect((await call("post", "/admin/kassa/pos/drawer-sessions", who, { register_id: branch.r1, opening_float: 2000 })).status).toBe(201)
      }
    })

    /**
     * The same figures another way: what each completed ticket charged (frozen at checkout) less
     * what the counter refunded, per branch and local day; costs from the kept units.
     */
    const direct = async (knex: Knex, locations: string[], timezone: string) => {
      const { rows } = await knex.raw(
        `select t.stock_location_id as location, (o.created_at at time zone ?)::date::text as day,
                sum(t.sale_total - coalesce((select sum(r.refund_total) from kassa_pos_return r where r.order_id = t.order_id), 0))::text as revenue
           from kassa_pos_ticket t join "order" o on o.id = t.order_id
          where t.status = 'completed' and t.stock_location_id = any(?) group by 1, 2`,
        [timezone, locations]
      )
      return rows.map((r) => ({ location: r.location as string, day: r.day as string, revenue: centavos(r.revenue) }))
    }

    it("sums counter and web sales less returns, voids left out, by branch, product and tender; a manager sees their branch", async () => {
      const container = getContainer()
      const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
      const [a, b] = items
      const first = await sell(cashier, branches.MNL, [[a.barcode, 2], [b.barcode, 1]], "cash", "r-1")
      // A discount needs pos:override_price: the manager rings it up.
      await sell(managerMnl, branches.MNL, [[a.barcode, 1]], "card", "r-2", { type: "percent", value: 10 })
      const davao = await sell(managerDav, branches.DAV, [[b.barcode, 3]], "cash", "r-3")
      const voided = await sell(cashier, branches.MNL, [[b.barcode, 2]], "cash", "r-4")
      const voidedCall = await call("post", `/admin/kassa/pos/sales/${voided.order_id}/void`, { headers: { ...managerMnl.headers, "idempotency-key": "v-1" } }, { reason: "Rung up twice" })
      expect([voidedCall.status, voidedCall.data.message]).toEqual([200, undefined])
      const found = await call("get", `/admin/kassa/pos/sales?location_id=${branches.MNL.location}&q=${first.receipt_number}`, cashier)
      const lineA = found.data.sales[0].lines.find((l: { quantity: number }) => l.quantity === 2)
      const returned = await call("post", "/admin/kassa/pos/returns", managerMnl, {
        order_id: first.order_id,
        register_id: branches.MNL.r1,
        reason: "Changed mind",
        refund: { method: "cash" },
        items: [{ item_id: lineA.item_id, quantity: 1, condition: "resellable" }],
      })
      expect([returned.status, returned.data.message]).toEqual([201, undefined])
      // A web order of one unit of a through Manila's channel (authorized: a sale, not yet captured).
      const web = await placeOrder(container, { variantId: a.id, locationId: branches.MNL.location })
      const { data: webOrders } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["item_total", "total"], filters: { id: web.orderId } })
      const webRevenue = centavos((webOrders[0] as { item_total: unknown }).item_total)
      expect(webRevenue).toBeGreaterThan(0)
      // Davao's sale was yesterday (day-over-day growth).
      await knex.raw(`update "order" set created_at = created_at - interval '1 day' where id = ?`, [davao.order_id])

      const tz = "Asia/Manila"
      const today = localDay(new Date(), tz)
      const yesterday = dayBefore(today)
      const facts = await direct(knex, [branches.MNL.location, branches.DAV.location], tz)
      const sum = (f: typeof facts) => f.reduce((n, r) => n + r.revenue, 0)
      const mnl = sum(facts.filter((f) => f.location === branches.MNL.location)) + webRevenue
      const dav = sum(facts.filter((f) => f.location === branches.DAV.location))
      expect(facts.filter((f) => f.day === today).map((f) => f.location)).toEqual([branches.MNL.location])
      expect(facts.find((f) => f.location === branches.DAV.location)?.day).toBe(yesterday)
      // Units kept: a 2 + 1 − 1 returned + 1 on the web = 3, b 1 + 3 = 4 (the voided 2 not counted); cost from core's cost module.
      const costs = Object.fromEntries(
        (await knex.raw(`select variant_id, amount::text from variant_cost where variant_id = any(?)`, [[a.id, b.id]])).rows.map((r) => [r.variant_id, centavos(r.amount)])
      )
      const cost = 3 * costs[a.id] + 4 * costs[b.id]
      // Every demo price includes 12 % VAT: net is revenue / 1.12 (rounded once).
      const net = Math.round((mnl + dav) / 1.12)
      const tenders = (
        await knex.raw(
          `select d.method, sum(d.amount)::text as amount from kassa_pos_tender d join kassa_pos_ticket t on t.order_id = d.order_id
            where t.status = 'completed' group by d.method order by sum(d.amount) desc`
        )
      )
        .rows.map((r) => ({ method: r.method as string, amount: centavos(r.amount), sales: expect.any(Number) }))
        .concat([{ method: "pp_system_default", amount: centavos((webOrders[0] as { total: unknown }).total), sales: 1 }])
        .sort((x, y) => y.amount - x.amount)

      const { dashboard: d } = await get("/admin/kassa/reports/dashboard", owner)
      // On a Monday yesterday was last week.
      const monday = new Date(`${today}T00:00:00Z`).getUTCDay() === 1
      expect(d.revenue).toEqual({
        today: mnl,
        yesterday: dav,
        growth_day_over_day: Math.round(((mnl - dav) * 1000) / dav) / 10,
        week: monday ? mnl : mnl + dav,
        month: today.slice(0, 7) === yesterday.slice(0, 7) ? mnl + dav : mnl,
        year: today.slice(0, 4) === yesterday.slice(0, 4) ? mnl + dav : mnl,
      })
      expect(d.last_30_days).toEqual({
        revenue: mnl + dav,
        net_revenue: net,
        discounts: expect.any(Number),
        transactions: 4,
        average_order_value: Math.round((mnl + dav) / 4),
        gross_profit: net - cost,
        margin: Math.round(((net - cost) * 1000) / net) / 10,
        revenue_without_cost: 0,
      })
      // The 10 % off the second sale, tax included, as the ticket froze it.
      const [{ discount }] = (await knex.raw(`select sum(sale_discount_total)::text as discount from kassa_pos_ticket where status = 'completed'`)).rows
      expect(d.last_30_days.discounts).toBe(centavos(discount))
      expect(d.by_branch.map((x: { code: string; revenue_30d: number; today: number; transactions_30d: number }) => [x.code, x.revenue_30d, x.today, x.transactions_30d])).toEqual(
        [
          ["MNL", mnl, mnl, 3],
          ["DAV", dav, 0, 1],
        ].sort((x, y) => (y[1] as number) - (x[1] as number))
      )
      expect(d.top_products.map((p: { product_id: string; units: number }) => [p.product_id, p.units])).toEqual([
        [b.product.id, 4],
        [a.product.id, 3],
      ])
      expect(d.tenders).toEqual(tenders)
      // The installments card, through core's seam.
      expect(d.cards).toEqual([
        expect.objectContaining({
          id: "installments",
          figures: [
            { key: "outstanding", label: "Outstanding balance", kind: "money", value: 0, currency_code: "php" },
            { key: "overdue_plans", label: "Overdue plans", kind: "count", value: 0 },
            { key: "overdue_amount", label: "Overdue amount", kind: "money", value: 0, currency_code: "php" },
          ],
        }),
      ])

      // The sales report of yesterday and today, by day and by hour, beside the two days before.
      const { report } = await get(`/admin/kassa/reports/sales?from=${yesterday}&to=${today}&group=day`, owner)
      expect(report.period.totals).toEqual(expect.objectContaining({ orders: 4, units: 7, revenue: mnl + dav, net_revenue: net, cost, gross_profit: net - cost, revenue_without_cost: 0 }))
      expect(report.period.rows.map((r: { key: string; revenue: number }) => [r.key, r.revenue])).toEqual([
        [yesterday, dav],
        [today, mnl],
      ])
      expect(report.previous).toEqual(expect.objectContaining({ from: dayBefore(dayBefore(yesterday)), to: dayBefore(yesterday) }))
      // Every day of the period has its row, those without sales at zero.
      expect(report.previous.rows.map((r: { key: string; revenue: number }) => [r.key, r.revenue])).toEqual([
        [dayBefore(dayBefore(yesterday)), 0],
        [dayBefore(yesterday), 0],
      ])
      expect(report.previous.totals.revenue).toBe(0)
      const byHour = (await get(`/admin/kassa/reports/sales?from=${yesterday}&to=${today}&group=hour`, owner)).report
      expect([byHour.period.rows.length, byHour.period.rows.reduce((n: number, r: { revenue: number }) => n + r.revenue, 0)]).toEqual([24, mnl + dav])

      // The export parses back with the same totals: Excel (number and date cells) and CSV.
      const xlsx = await api.get(`/admin/kassa/reports/sales/export?from=${yesterday}&to=${today}&format=xlsx`, { ...owner, responseType: "arraybuffer" })
      expect(String(xlsx.headers["content-type"])).toContain("spreadsheetml")
      const book = new ExcelJS.Workbook()
      await book.xlsx.load(xlsx.data)
      const sheet = book.getWorksheet("Sales")!
      const header = (sheet.getRow(1).values as unknown[]).slice(1)
      expect(header).toEqual(["Date", "Receipt", "Branch", "Product", "Variant", "Units sold", "Units kept", "Revenue", "Net of tax", "Discount", "Cost"])
      let revenue = 0
      let kept = 0
      sheet.eachRow((row, n) => {
        if (n === 1) return
        expect(row.getCell(1).value).toBeInstanceOf(Date)
        expect(typeof row.getCell(8).value).toBe("number")
        revenue += Math.round((row.getCell(8).value as number) * 100)
        kept += row.getCell(7).value as number
      })
      expect([sheet.rowCount - 1, revenue, kept]).toEqual([5, mnl + dav, 7])
      const csv = await api.get(`/admin/kassa/reports/sales/export?from=${yesterday}&to=${today}&format=csv`, owner)
      const csvRows = (csv.data as string).trim().split("\r\n").slice(1).map((l) => l.split(","))
      expect([csvRows.length, csvRows.reduce((n, r) => n + centavos(r[7]), 0)]).toEqual([5, mnl + dav])

      // Manila's manager: Manila alone; Davao refused, named or not.
      const mine = (await get("/admin/kassa/reports/dashboard", managerMnl)).dashboard
      expect([mine.branch_ids, mine.last_30_days.revenue, mine.by_branch.map((x: { code: string }) => x.code)]).toEqual([[branches.MNL.location], mnl, ["MNL"]])
      for (const path of ["dashboard", "sales", "sales/export"]) {
        const refused = await call("get", `/admin/kassa/reports/${path}?branch_id=${branches.DAV.location}`, managerMnl)
        expect([path, refused.status]).toEqual([path, 403])
      }
      expect((await get(`/admin/kassa/reports/sales?branch_id=${branches.MNL.location}&from=${yesterday}&to=${today}`, managerMnl)).report.period.totals.revenue).toBe(mnl)
      // A cashier reads no reports.
      expect((await call("get", "/admin/kassa/reports/dashboard", cashier)).status).toBe(403)
      // Bad filters are 400s that name the field.
      for (const q of ["group=year", "from=2026-13-01", "from=2026-02-02&to=2026-02-01", "branch_id=nope", "format=pdf"]) {
        const bad = await call("get", `/admin/kassa/reports/sales?${q}`, owner)
        expect([q, bad.status]).toEqual([q, 400])
      }
    })

    it("dates each sale in its branch's time zone: one minute either side of midnight in New York", async () => {
      const container = getContainer()
      const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
      const tz = "America/New_York"
      await upsertBranchWorkflow(container).run({ input: { stock_location_id: branches.DAV.location, code: "DAV", timezone: tz } })
      const [a, b] = items
      const before = await sell(managerDav, branches.DAV, [[a.barcode, 1]], "cash", "tz-1")
      const after = await sell(managerDav, branches.DAV, [[b.barcode, 1]], "cash", "tz-2")
      // Local midnight today in New York, as an instant; the two sales one minute before and after it.
      await knex.raw(
        `update "order" set created_at = (date_trunc('day', now() at time zone ?) at time zone ?) + (case when id = ? then interval '-1 minute' else interval '1 minute' end)
          where id = any(?)`,
        [tz, tz, before.order_id, [before.order_id, after.order_id]]
      )
      const facts = await direct(knex, [branches.DAV.location], tz)
      const today = localDay(new Date(), tz)
      const yesterday = dayBefore(today)
      const revenueOn = (day: string) => facts.filter((f) => f.day === day).reduce((n, f) => n + f.revenue, 0)
      expect([revenueOn(yesterday) > 0, revenueOn(today) > 0]).toEqual([true, true])

      const { dashboard: d } = await get(`/admin/kassa/reports/dashboard?branch_id=${branches.DAV.location}`, managerDav)
      expect([d.timezone, d.revenue.today, d.revenue.yesterday]).toEqual([tz, revenueOn(today), revenueOn(yesterday)])
      const { report } = await get(`/admin/kassa/reports/sales?branch_id=${branches.DAV.location}&from=${yesterday}&to=${today}&group=hour`, managerDav)
      expect(report.period.rows.filter((r: { revenue: number }) => r.revenue).map((r: { key: string; revenue: number }) => [r.key, r.revenue])).toEqual([
        ["00", revenueOn(today)],
        ["23", revenueOn(yesterday)],
      ])
      // One day alone: today's sale, the one a minute before midnight in the previous period.
      const one = (await get(`/admin/kassa/reports/sales?branch_id=${branches.DAV.location}&from=${today}&to=${today}`, managerDav)).report
      expect([one.period.totals.revenue, one.previous.totals.revenue]).toEqual([revenueOn(today), revenueOn(yesterday)])
    })
  },
})
