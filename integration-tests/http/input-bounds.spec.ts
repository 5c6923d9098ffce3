import fs from "node:fs"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedDemoData } from "../../src/scripts/demo/seed-demo"
import { adminHeaders, Headers, TEST_PASSWORD } from "../helpers/admin"

jest.setTimeout(600000)

// The usual test card numbers of each network, as people type them (spaces, dashes, dots).
const TEST_CARDS = ["4111 1111 1111 1111", "4242-4242-4242-4242", "5555.5555.5555.4444", "3782 822463 10005", "6011 1111 1111 1117", "3530-1113-3330-0000"]

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * Row counts of every table Kassa writes and of Medusa's order and payment tables. The audit
 * tables are left out: refusals are recorded there on purpose.
 */
async function rowCounter(container: MedusaContainer) {
  const pg = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
       and ((table_name like 'kassa\\_%' and table_name not like 'kassa\\_audit\\_%') or table_name in
         ('order', 'order_item', 'order_line_item', 'order_transaction', 'order_change', 'payment', 'payment_collection', 'payment_session',
          'refund', 'capture', 'customer', 'notification', 'reservation_item', 'return', 'return_item'))
     order by table_name`
  )
  const tables = rows.map((r) => String(r.table_name))
  const sql = tables.map((t) => `select '${t}' as t, count(*)::int as n from "${t}"`).join(" union all ")
  return async () => Object.fromEntries((await pg.raw(sql)).rows.map((r) => [r.t, r.n])) as Record<string, number>
}

const changed = (a: Record<string, number>, b: Record<string, number>) => Object.keys(a).filter((t) => a[t] !== b[t])

/** Every Kassa admin and store route with its methods, read from the built plugins' route files. */
function kassaRoutes(): { path: string; methods: string[] }[] {
  const found: { path: string; methods: string[] }[] = []
  const plugins = path.join(__dirname, "../../plugins")
  const walk = (dir: string, api: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full, api)
      else if (entry.name === "route.js") {
        const methods = [...new Set([...fs.readFileSync(full, "utf8").matchAll(/exports\.(GET|POST|DELETE)\s*=/g)].map((m) => m[1]))]
        const route = "/" + path.relative(api, dir).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/")
        found.push({ path: route, methods })
      }
    }
  }
  for (const plugin of fs.readdirSync(plugins)) {
    const api = path.join(plugins, plugin, ".medusa/server/src/api")
    if (fs.existsSync(api)) walk(api, api)
  }
  return found.filter((r) => r.path.startsWith("/admin/kassa") || r.path.startsWith("/store/kassa"))
}

// Values no Kassa field takes: wrong types, extremes, huge and odd strings, nesting.
const NASTY: unknown[] = [
  true,
  -1,
  0,
  1e308,
  2 ** 63,
  1e15,
  -0.001,
  0.001,
  "",
  "x".repeat(100_000),
  "%",
  "\u0000\uffff",
  "𝟘𝟙𝟚 ＡＢＣ \u202e",
  "<script>alert(1)</script>",
  "' or 1=1 --",
  { $gt: "" },
  { a: { b: { c: { d: [1, { e: "f" }] } } } },
  [[[]]],
  ["sloc_x", "sloc_y"],
  null,
]
const FIELDS = [
  "location_id", "register_id", "order_id", "variant_id", "customer_id", "staff_id", "item_id", "code", "q", "quantity",
  "amount", "tendered", "opening_float", "counted_cash", "price", "down_payment", "note", "reason", "reference", "issue",
  "serial_number", "new_serial", "email", "phone", "first_name", "name", "pin", "status", "type", "method", "discount",
  "denominations", "tenders", "items", "return_items", "new_items", "refund", "payment", "costs", "policies", "roles",
  "term_months", "limit", "offset", "format", "layout", "enabled", "plugin", "disposal_status", "data",
]
const QUERIES = (location: string) => [
  `location_id=${location}&location_id[a]=1`,
  `location_id[$ne]=x`,
  `location_id=${location}&limit=-1`,
  `location_id=${location}&limit=1e308`,
  `location_id=${location}&offset=-5&limit=abc`,
  `location_id=${location}&limit[gt]=1&offset[]=2`,
  `location_id=${location}&q=${"%25".repeat(3)}&from=not-a-date&to[]=1`,
  `location_id=${location}&q=${"y".repeat(5000)}&code=${"z".repeat(5000)}`,
  `location_id=${location}&register_id=true&status[]=open&status[]=bogus`,
  `location_id=${location}&price=1e308&down_payment=-1&term_months=99999`,
  `location_id=${location}&format=%00&layout[x]=1&type=${"%F0%9F%98%80"}`,
  `location_id=${encodeURIComponent("sloc_' or 1=1 --")}`,
]
const PARAMS = ["%2525", "%00", "%C0%AE%C0%AE", "x".repeat(3000), "true"]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let owner: Headers
    let mnl: string
    let r1: string
    let counts: () => Promise<Record<string, number>>

    beforeEach(async () => {
      const container = getContainer()
      await seedDemoData(container, { staffPassword: TEST_PASSWORD })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "branch", fields: ["code", "stock_location_id", "registers.id", "registers.code"] })
      const manila = (data as { code: string; stock_location_id: string; registers: { id: string; code: string }[] }[]).find((b) => b.code === "MNL")!
      mnl = manila.stock_location_id
      r1 = manila.registers.find((r) => r.code === "R1")!.id
      owner = await adminHeaders(api, container, "owner@example.com")
      counts = await rowCounter(container)
    })

    const send = (method: string, url: string, body?: unknown) =>
      api
        .request({ method, url, data: body, headers: owner.headers, validateStatus: () => true, maxRedirects: 0 })
        .then((r: { status: number; data: { message?: string } }) => r)

    const openTicket = async () => {
      const res = await send("post", "/admin/kassa/pos/tickets", { location_id: mnl, register_id: r1 })
      expect(res.status).toBe(201)
      return (res.data as unknown as { ticket: { id: string } }).ticket.id
    }

    it("refuses a card number in every free-text field with a 400 that says why, and stores nothing", async () => {
      const drawer = (await send("post", "/admin/kassa/pos/drawer-sessions", { register_id: r1, opening_float: 1000 })).data as unknown as { drawer_session: { id: string } }
      const ticket = await openTicket()
      const fields: [string, string, (card: string) => unknown][] = [
        ["tender reference", `/admin/kassa/pos/tickets/${ticket}/checkout`, (c) => ({ tenders: [{ method: "card", amount: 1, card_last4: "1111", reference: c }] })],
        ["tender approval code", `/admin/kassa/pos/tickets/${ticket}/checkout`, (c) => ({ tenders: [{ method: "card", amount: 1, card_last4: "1111", approval_code: c }] })],
        ["tender data", `/admin/kassa/pos/tickets/${ticket}/checkout`, (c) => ({ tenders: [{ method: "card", amount: 1, card_last4: "1111", data: { terminal: { pan: c } } }] })],
        ["ticket note", `/admin/kassa/pos/tickets/${ticket}`, (c) => ({ note: `card ${c}` })],
        ["promo code", `/admin/kassa/pos/tickets/${ticket}`, (c) => ({ promo_codes: [c] })],
        ["cash movement reason", `/admin/kassa/pos/drawer-sessions/${drawer.drawer_session.id}/cash-movements`, (c) => ({ type: "in", amount: 5, reason: `from ${c}` })],
        ["drawer close note", `/admin/kassa/pos/drawer-sessions/${drawer.drawer_session.id}/close`, (c) => ({ counted_cash: 1000, note: c })],
        ["customer first name", "/admin/kassa/pos/customers", (c) => ({ first_name: c, phone: "09171234567" })],
        ["customer last name", "/admin/kassa/pos/customers", (c) => ({ first_name: "Ana", last_name: c, phone: "09171234568" })],
        ["branch receipt footer", `/admin/kassa/branches/${mnl}`, (c) => ({ receipt_footer: `Pay to ${c}` })],
        ["branch address", `/admin/kassa/branches/${mnl}`, (c) => ({ address: c })],
        ["tender label", `/admin/kassa/pos/branches/${mnl}/settings`, (c) => ({ other_tenders: [{ id: "gcash", label: c }] })],
        ["warranty terms", `/admin/kassa/pos/branches/${mnl}/settings`, (c) => ({ warranty_terms: c })],
        ["role description", "/admin/kassa/roles", (c) => ({ name: "Clerk", description: c, policies: ["pos:sell"] })],
        ["warranty issue", "/admin/kassa/warranty/claims", (c) => ({ location_id: mnl, type: "repair", serial_number: "SN-1", issue: `screen; paid ${c}` })],
        ["warranty serial", "/admin/kassa/warranty/claims", (c) => ({ location_id: mnl, type: "repair", serial_number: c, issue: "screen cracked" })],
        ["return reason", "/admin/kassa/pos/returns", (c) => ({ order_id: "order_01X", register_id: r1, reason: c, items: [{ item_id: "x", quantity: 1, condition: "resellable" }], refund: { method: "cash" } })],
      ]
      const before = await counts()
      for (const [field, url, body] of fields) {
        for (const card of TEST_CARDS) {
          const res = await send("post", url, body(card))
          expect([field, card, res.status, res.data.message]).toEqual([field, card, 400, expect.stringContaining("card number")])
        }
      }
      expect(changed(before, await counts())).toEqual([])

      // Numbers that fail the Luhn check (phones, serials, card numbers mistyped) are kept.
      for (const note of ["call +63 917 123 4567", "SN 8812 3456 7890 1234", "4111 1111 1111 1112"]) {
        const res = await send("post", `/admin/kassa/pos/tickets/${ticket}`, { note })
        expect([note, res.status, (res.data as unknown as { ticket: { note: string } }).ticket?.note]).toEqual([note, 200, note])
      }
    })

    it("masks a card number that reaches the audit log before it is chained, and the chain still verifies", async () => {
      const audit = getContainer().resolve<{ record: Function; chain: () => Promise<number> }>("kassaAudit")
      await audit.record([{ action: "test", entity_type: "test", changes: { ref: "paid 4111 1111 1111 1111", n: 4242424242424242, ["5555555555554444"]: "k", imei: "490154203237518" } }])
      await audit.chain()
      const pg = getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await pg.raw(`select changes from kassa_audit_entry where action = 'test'`)
      expect(rows[0].changes).toEqual({ ref: "paid **** **** **** 1111", n: "************4242", ["************4444"]: "k", imei: "490154203237518" })
      expect((await send("get", "/admin/kassa/audit/verify")).data).toMatchObject({ ok: true })
    })

    it("answers 4xx, never 5xx, to the known bad inputs", async () => {
      await send("post", "/admin/kassa/pos/drawer-sessions", { register_id: r1, opening_float: 1000 })
      const ticket = await openTicket()
      const cases: [string, string, unknown?][] = [
        ...[1e308, 2 ** 63, 1e15].map((t): [string, string, unknown] => ["post", `/admin/kassa/pos/tickets/${ticket}/checkout`, { tenders: [{ method: "cash", tendered: t }] }]),
        ...[true, -1, 1e308].flatMap((id): [string, string, unknown][] => [
          ["post", "/admin/kassa/pos/drawer-sessions", { register_id: id, opening_float: 10 }],
          ["post", "/admin/kassa/pos/returns", { register_id: id }],
          ["post", "/admin/kassa/pos/exchanges", { register_id: id }],
        ]),
        ["get", "/admin/kassa/variant-costs?limit=-1"],
        ["get", `/admin/kassa/pos/counter?location_id=${mnl}&location_id[a]=1`],
        ["post", "/admin/kassa/pos/sales/order_01X/receipt/email", { email: "a@example.com" }],
      ]
      const before = await counts()
      for (const [method, url, body] of cases) {
        const res = await send(method, url, body)
        expect([method, url, JSON.stringify(body ?? null).slice(0, 80), res.status >= 400 && res.status < 500]).toEqual([method, url, JSON.stringify(body ?? null).slice(0, 80), true])
      }
      expect(changed(before, await counts())).toEqual([])
    })

    // Skipped: it ran past its 600 s limit in the full suite (~1,500 requests, each refusal audited);
    // issue 23 stays open until it is made faster and runs in npm test.
    it.skip("fuzz: every Kassa route answers wrong types, extremes, huge strings, nesting and odd encodings with 4xx (never 5xx) and writes nothing when it refuses", async () => {
      await send("post", "/admin/kassa/pos/drawer-sessions", { register_id: r1, opening_float: 1000 })
      const ticket = await openTicket()
      const routes = kassaRoutes()
      expect(routes.length).toBeGreaterThan(60)
      // Real ids where a guard looks the record up, so that the body is reached; made-up ones elsewhere.
      const real: Record<string, string> = { location_id: mnl, register_id: r1, seq: "1", customer_id: "cus_01NOPE", line_item: "ptln_01NOPE" }
      const fill = (route: string, value?: string) =>
        route.replace(/:(\w+)/g, (_m, name: string) => value ?? real[name] ?? (route.includes("/tickets/:id") && name === "id" ? ticket : `${name}_01NOPE`))

      const failures: string[] = []
      let sent = 0
      const probe = async (method: string, url: string, body?: unknown) => {
        const before = await counts()
        const res = await send(method, url, body)
        sent++
        const label = `${method.toUpperCase()} ${url.slice(0, 120)} ${JSON.stringify(body ?? null)?.slice(0, 100)}`
        if (res.status >= 500) failures.push(`${res.status} ${label}: ${String(res.data?.message).slice(0, 200)}`)
        else if (res.status >= 400) {
          const wrote = changed(before, await counts())
          if (wrote.length) failures.push(`${res.status} but wrote ${wrote.join(", ")}: ${label}`)
        }
      }

      for (const { path: route, methods } of routes) {
        if (route.endsWith("/sign-out")) continue // would end the owner's session, hiding later answers behind 401
        for (const method of methods) {
          const url = fill(route)
          if (route.includes(":")) for (const p of PARAMS) await probe(method, fill(route, p))
          if (method === "GET" || method === "DELETE") {
            for (const q of QUERIES(mnl)) await probe(method, `${url}?${q}`)
            continue
          }
          for (const value of NASTY) {
            await probe(method, url, Object.fromEntries(FIELDS.map((f) => [f, value])))
            await probe(method, url, { location_id: mnl, register_id: r1, ...Object.fromEntries(FIELDS.slice(2).map((f) => [f, value])) })
          }
          for (const body of [[], "text", [{ a: 1 }], { tenders: NASTY.map((v) => ({ method: "cash", tendered: v, amount: v })) }]) await probe(method, url, body)
        }
      }
      expect(sent).toBeGreaterThan(1000)
      expect(failures).toEqual([])
    })
  },
})
