/**
 * Kassa's API through @medusajs/js-sdk: a staff member signs in and sells one item at the counter
 * on installments (30 % down in cash, the rest over 6 months); then another system, with its
 * secret API key, looks the receipt up and reads the plan waiting for a credit officer. The
 * shapes below are those GET /admin/kassa/openapi.json describes (request bodies and queries
 * exactly; answers as far as this script reads them). It prints one line of JSON.
 *
 *   KASSA_URL=http://localhost:9000 KASSA_EMAIL=manager.mnl@example.com KASSA_PASSWORD=kassa-demo \
 *   KASSA_API_KEY=sk_… KASSA_LOCATION_ID=sloc_… KASSA_ITEM=<barcode> npx ts-node --transpile-only examples/js-sdk/counter-sale.ts
 *
 * Selling needs a staff member (the counter records who sold); the key needs a role at that branch
 * that reads sales and plans, e.g. Manager (POST /admin/kassa/api-keys/:id/access).
 */
import Medusa from "@medusajs/js-sdk"

type Register = { id: string; code: string; name: string }
type DrawerSession = { id: string; register_id: string }
type Ticket = { id: string; totals: { total: string } }
type Sale = { order_id: string; receipt_number: string; total: string; change: string }
type FoundSale = { order_id: string; receipt_number: string }
type Plan = { id: string; status: string; amount_financed: string; installments: { due_date: string; total: string }[] }

const env = (name: string, fallback?: string) => {
  const value = process.env[name] ?? fallback
  if (!value) throw new Error(`Set ${name}`)
  return value
}
const location_id = env("KASSA_LOCATION_ID")
const baseUrl = env("KASSA_URL", "http://localhost:9000")
// The counter: a staff member's token, kept in memory (no browser storage here).
const staff = new Medusa({ baseUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
// The other system: a secret API key, sent as HTTP Basic.
const system = new Medusa({ baseUrl, apiKey: env("KASSA_API_KEY") })
const centavos = (pesos: string) => Math.round(Number(pesos) * 100)

async function main() {
  const signedIn = await staff.auth.login("user", "emailpass", { email: env("KASSA_EMAIL"), password: env("KASSA_PASSWORD") })
  if (typeof signedIn !== "string") throw new Error("This staff member must pass a second factor first: sign in from the admin")

  // The branch's first register, with its cash drawer open (no sale without one).
  const { registers } = await staff.client.fetch<{ registers: Register[] }>("/admin/kassa/pos/counter", { query: { location_id } })
  const register_id = registers[0].id
  const { drawer_sessions } = await staff.client.fetch<{ drawer_sessions: DrawerSession[] }>("/admin/kassa/pos/drawer-sessions", {
    query: { location_id, register_id, status: "open" },
  })
  if (!drawer_sessions.length) {
    await staff.client.fetch("/admin/kassa/pos/drawer-sessions", { method: "POST", body: { register_id, opening_float: 2000 } })
  }

  // A customer (a plan needs one), a ticket, the item scanned.
  const stamp = Date.now().toString().slice(-7)
  const { customer } = await staff.client.fetch<{ customer: { id: string } }>("/admin/kassa/pos/customers", {
    method: "POST",
    body: { first_name: "Ana", last_name: `Santos ${stamp}`, phone: `0917 ${stamp.slice(0, 3)} ${stamp.slice(3)}` },
  })
  let { ticket } = await staff.client.fetch<{ ticket: Ticket }>("/admin/kassa/pos/tickets", { method: "POST", body: { location_id, register_id } })
  await staff.client.fetch(`/admin/kassa/pos/tickets/${ticket.id}/lines`, { method: "POST", body: { code: env("KASSA_ITEM"), quantity: 1 } })
  ;({ ticket } = await staff.client.fetch<{ ticket: Ticket }>(`/admin/kassa/pos/tickets/${ticket.id}`, { method: "POST", body: { customer_id: customer.id } }))

  // Paid: 70 % on installments over 6 months, the rest in cash. The Idempotency-Key makes a retry safe.
  const total = centavos(ticket.totals.total)
  const financed = Math.round(total * 0.7)
  const credit = { id_type: "UMID", id_number: "0028-1234567-8", address_line: "12 Mabini Street", city: "Makati", phone: "+639171234567" }
  const { sale } = await staff.client.fetch<{ sale: Sale }>(`/admin/kassa/pos/tickets/${ticket.id}/checkout`, {
    method: "POST",
    headers: { "idempotency-key": `js-sdk-${ticket.id}` },
    body: {
      tenders: [
        { method: "installment", amount: financed / 100, data: { term_months: 6, credit } },
        { method: "cash", tendered: (total - financed) / 100 },
      ],
    },
  })

  // The receipt, found by its number as the counter finds it; then the plan of that order.
  const { sales } = await system.client.fetch<{ sales: FoundSale[] }>("/admin/kassa/pos/sales", { query: { location_id, q: sale.receipt_number } })
  const { plans } = await system.client.fetch<{ plans: { id: string }[] }>("/admin/kassa/installments/plans", { query: { order_id: sale.order_id } })
  const { plan } = await system.client.fetch<{ plan: Plan }>(`/admin/kassa/installments/plans/${plans[0].id}`)

  console.log(
    JSON.stringify({
      receipt_number: sale.receipt_number,
      order_id: sale.order_id,
      total: sale.total,
      found: sales.map((s) => s.order_id),
      plan: { id: plan.id, status: plan.status, amount_financed: plan.amount_financed, installments: plan.installments.length },
    })
  )
}

main().catch((e: Error & { status?: number }) => {
  console.error(`${e.status ?? ""} ${e.message}`.trim())
  process.exit(1)
})
