import { STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { seededRandom } from "../../src/scripts/demo/random"
import { adminHeaders, Headers, TEST_PASSWORD } from "../helpers/admin"
import { FIELDS, fill, PARAMS, queryFor, recordValidatedShapes, seedOf, type Shape, VALUE_CLASSES, withHuge } from "../helpers/fuzz"
import { recordLoadedRoutes } from "../helpers/routes"
import { type Knex, watchWrites } from "../helpers/write-watch"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(600000)

// Before the runner boots the app: every route it registers, and the schema each request is checked against.
const loaded = recordLoadedRoutes()
const validated = recordValidatedShapes()

// The usual test card numbers of each network, as people type them (spaces, dashes, dots).
const TEST_CARDS = ["4111 1111 1111 1111", "4242-4242-4242-4242", "5555.5555.5555.4444", "3782 822463 10005", "6011 1111 1111 1117", "3530-1113-3330-0000"]

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let owner: Headers
    let mnl: string
    let r1: string
    let written: () => Promise<string[]>

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "branch", fields: ["code", "stock_location_id", "registers.id", "registers.code"] })
      const manila = (data as { code: string; stock_location_id: string; registers: { id: string; code: string }[] }[]).find((b) => b.code === "MNL")!
      mnl = manila.stock_location_id
      r1 = manila.registers.find((r) => r.code === "R1")!.id
      owner = await adminHeaders(api, container, "owner@example.com")
      // Any request of a signed-in staff member notes when they were last seen (once a minute), refused or not.
      written = (await watchWrites(container, { kassa_staff_member: ["last_seen_at", "updated_at"] })).take
    })

    type Answer = { status: number; data: { message?: string } }
    // Paths go out exactly as written (percent signs, brackets); a content type sends the body as
    // written (raw text, broken JSON). An unanswered request is status 0.
    const send = async (method: string, url: string, body?: unknown, who: Headers = owner, contentType?: string): Promise<Answer> => {
      try {
        const res = await fetch(`${api.defaults.baseURL}${url}`, {
          method: method.toUpperCase(),
          headers: { "content-type": contentType ?? "application/json", ...who.headers },
          body: body === undefined ? undefined : contentType ? String(body) : JSON.stringify(body),
          redirect: "manual",
          signal: AbortSignal.timeout(30_000),
        })
        // The customer display is a stream that never ends: its status is the answer.
        if (res.headers.get("content-type")?.startsWith("text/event-stream")) {
          await res.body?.cancel()
          return { status: res.status, data: {} }
        }
        const text = await res.text()
        try {
          return { status: res.status, data: JSON.parse(text) }
        } catch {
          return { status: res.status, data: { message: text.slice(0, 200) } }
        }
      } catch (e) {
        return { status: 0, data: { message: (e as Error).message } }
      }
    }

    /** The order of a one-item cash sale at Manila's register 1 (its drawer open). */
    const sellOne = async () => {
      const container = getContainer()
      const sku = buildCatalog().filter((p) => p.category === "Accessories")[0].variants[0].sku
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { sku } })
      const item = (data[0] as { inventory_items: { inventory_item_id: string }[] }).inventory_items[0].inventory_item_id
      await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: item, location_id: mnl, stocked_quantity: 10 }])
      const ticket = await openTicket()
      expect((await send("post", `/admin/kassa/pos/tickets/${ticket}/lines`, { code: sku, quantity: 1 })).status).toBe(200)
      const sold = await send("post", `/admin/kassa/pos/tickets/${ticket}/checkout`, { tenders: [{ method: "cash", tendered: 1_000_000 }] }, {
        headers: { ...owner.headers, "idempotency-key": "fuzz-sale" },
      })
      expect(sold.status).toBe(200)
      return (sold.data as unknown as { sale: { order_id: string } }).sale.order_id
    }

    /** A customer signed in through the store API, with the store's publishable key. */
    const shopperHeaders = async (): Promise<Headers> => {
      const container = getContainer()
      const [customer] = await container.resolve(Modules.CUSTOMER).createCustomers([{ email: "shopper@example.com", first_name: "Ana" }])
      const auth = container.resolve(Modules.AUTH)
      const { authIdentity } = await auth.register("emailpass", { body: { email: customer.email, password: "customer-pass" } })
      await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { customer_id: customer.id } })
      const { data } = await api.post("/auth/customer/emailpass", { email: customer.email, password: "customer-pass" })
      const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })
      return { headers: { authorization: `Bearer ${data.token}`, "x-publishable-api-key": key.token } }
    }

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
      await written()
      for (const [field, url, body] of fields) {
        for (const card of TEST_CARDS) {
          const res = await send("post", url, body(card))
          expect([field, card, res.status, res.data.message]).toEqual([field, card, 400, expect.stringContaining("card number")])
        }
      }
      expect(await written()).toEqual([])

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
      await written()
      for (const [method, url, body] of cases) {
        const res = await send(method, url, body)
        expect([method, url, JSON.stringify(body ?? null).slice(0, 80), res.status >= 400 && res.status < 500]).toEqual([method, url, JSON.stringify(body ?? null).slice(0, 80), true])
      }
      expect(await written()).toEqual([])
    })

    /**
     * Every Kassa route and method, in this order (a seeded sampler picks the values):
     * - a path with parameters: each odd parameter of PARAMS once, in one parameter, the others real (5);
     * - GET and DELETE: five fixed query strings (nesting and arrays, wrong types, extremes and a NUL
     *   on an id, huge strings, odd encodings, injection), then three that give each key of the
     *   route's query schema (or of FIELDS, where there is none) a nasty value or shape (8);
     * - POST: one body of every FIELD with mixed classes of bad values (it finds the route's body
     *   schema), one body per class over the schema's keys with real branch, register and order (5),
     *   one with every key bad, then raw text with a NUL, malformed JSON and 2,000-deep nesting (10).
     * So 8 to 15 requests a route and method. A request fails the test on any 5xx, no answer in 30 s,
     * or a 4xx after which any watched table has a written row.
     */
    it("fuzz: every Kassa route answers wrong types, extremes, huge strings, nesting and odd encodings with 4xx (never 5xx) and writes nothing when it refuses", async () => {
      const drawer = (await send("post", "/admin/kassa/pos/drawer-sessions", { register_id: r1, opening_float: 1000 })).data as unknown as { drawer_session: { id: string } }
      const sale = await sellOne()
      const ticket = await openTicket()
      const shopper = await shopperHeaders()
      // For the staff routes: anyone but the owner, whose account every other request uses.
      const me = (await send("get", "/admin/kassa/me")).data as unknown as { staff: { id: string } }
      const [colleague] = (await getContainer().resolve<StaffModuleService>(STAFF_MODULE).listStaffMembers({ id: { $ne: me.staff.id } }, { take: 1 })).map((m) => m.id)
      const routes = [...new Map(loaded.filter((r) => /^\/(admin|store)\/kassa\//.test(r.path)).map((r) => [`${r.method} ${r.path}`, r])).values()]
        // Signing out would end the owner's session and hide every later answer behind a 401.
        .filter((r) => !r.path.endsWith("/sign-out"))
      expect(routes.length).toBeGreaterThan(85)

      // Real ids where a guard looks the record up, so that the body is reached; made-up ones
      // elsewhere, and for DELETE, which would remove the register the later routes need.
      const realIds: Record<string, string> = { location_id: mnl, register_id: r1, order_id: sale, seq: "1" }
      const realIdOf: [string, string][] = [["/tickets/", ticket], ["/drawer-sessions/", drawer.drawer_session.id], ["/registers/", r1], ["/staff/", colleague]]
      const real = (method: string, route: string, name: string) =>
        (method === "DELETE" ? undefined : (realIds[name] ?? (name === "id" ? realIdOf.find(([under]) => route.includes(under))?.[1] : undefined))) ?? `${name}_01NOPE`
      const at = (method: string, route: string, odd: Record<string, string> = {}) =>
        route.replace(/:(\w+)/g, (_m, name: string) => odd[name] ?? real(method, route, name))

      const failures: string[] = []
      let sent = 0
      let shaped = 0
      const started = Date.now()
      for (const { method, path: route } of routes) {
        const rnd = seededRandom(seedOf(`${method} ${route}`))
        const who = route.startsWith("/store/") ? shopper : owner
        let shape: Shape | undefined
        const probe = async (url: string, body?: unknown, contentType?: string) => {
          const res = await send(method, url, body, who, contentType)
          sent++
          const seen = validated.last()
          if (seen && !Array.isArray(seen)) shape ??= seen
          const wrote = await written()
          const label = `${method} ${url.slice(0, 120)} ${typeof body === "string" ? body.slice(0, 60) : JSON.stringify(body ?? null)?.slice(0, 100)}`
          if (res.status >= 500 || res.status === 0) failures.push(`${res.status} ${label}: ${String(res.data?.message).slice(0, 200)}`)
          else if (res.status >= 400 && wrote.length) failures.push(`${res.status} but wrote ${wrote.join(", ")}: ${label}`)
        }

        const params = [...route.matchAll(/:(\w+)/g)].map((m) => m[1])
        if (params.length) for (const [i, p] of PARAMS.entries()) await probe(at(method, route, { [params[i % params.length]]: p }), method === "POST" ? {} : undefined)
        const url = at(method, route)

        if (method !== "POST") {
          for (const q of [
            `location_id=${mnl}&location_id[a]=1&limit=-1&offset[]=2&q[$ne]=x&status[]=open&status[]=bogus`,
            `location_id[$ne]=x&limit=1e308&offset=-5&from=not-a-date&to[]=1&register_id=true&q=a%00`,
            `location_id=${mnl}&q=${"y".repeat(4000)}&code=${"z".repeat(4000)}&limit=abc`,
            `location_id=${mnl}&q=%25%25%25&format=%07&layout[x]=1&type=%F0%9F%98%80&note=%C0%AE&price=1e308&down_payment=-1&term_months=99999`,
            `location_id=${encodeURIComponent("sloc_' or 1=1 --")}&customer_id=%27%3B--&amount=1e400`,
          ])
            await probe(`${url}?${q}`)
          const keys = shape ? Object.keys(shape) : FIELDS.filter(() => rnd.next() < 0.3)
          await probe(`${url}?${queryFor(keys, rnd, { location_id: mnl })}`)
          await probe(`${url}?${queryFor(keys, rnd, { location_id: mnl })}`)
          await probe(`${url}?${queryFor(keys, rnd)}`)
        } else {
          const classes = Object.values(VALUE_CLASSES)
          const ids = { location_id: mnl, register_id: r1, order_id: sale }
          await probe(url, { ...Object.fromEntries(FIELDS.map((f) => [f, rnd.pick(rnd.pick(classes))])), ...ids })
          const keys: Shape = shape ?? Object.fromEntries(FIELDS.map((f) => [f, null]))
          for (const [name, values] of Object.entries(VALUE_CLASSES)) {
            const body = fill(keys, values, rnd, ids)
            await probe(url, name === "huge strings" ? withHuge(body, rnd) : body)
          }
          await probe(url, fill(keys, classes.flat(), rnd))
          await probe(url, "location_id=\u0000&tenders[0][amount]=1e308", "text/plain")
          await probe(url, `{"location_id": "${mnl}", "tenders": [{"amount": 1`, "application/json")
          await probe(url, `${"[".repeat(2000)}${"]".repeat(2000)}`, "application/json")
        }
        if (shape) shaped++
      }
      console.log(`fuzz: ${sent} requests to ${routes.length} routes × methods (${shaped} with a schema found) in ${((Date.now() - started) / 1000).toFixed(1)} s`)

      expect(failures).toEqual([])
      expect(sent).toBeGreaterThan(routes.length * 10)
      // The schema-aware bodies and queries mean something only where the schemas were found.
      expect(shaped).toBeGreaterThan(50)
    })
  },
})
