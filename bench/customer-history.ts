import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import os from "node:os"
import path from "node:path"
import { buildCatalog } from "../src/scripts/demo/catalog"
import { percentile, summary } from "./audit/stats"
import { Api, signIn } from "./pos/http"
import { ringUp, type Register } from "./pos/pos-sales"
import { freePort, startServer } from "./pos/server"

import type { Knex } from "@medusajs/framework/mikro-orm/knex"

type Rows = { rows: Record<string, unknown>[] }

const BENCH_PHONE = "+639170005000"

/**
 * Copies `table`'s rows matching `where` once for each n in 1..count: ids and the columns in
 * `keys` get `_h<n>` appended (so a copied line still points at its copied order), `set` gives
 * other columns an expression (`src` is the row copied, `n` its copy's number).
 */
async function cloneRows(knex: Knex | Knex.Transaction, table: string, where: string, bindings: unknown[], count: number, keys: string[], set: Record<string, string> = {}) {
  const { rows }: Rows = await knex.raw(`select column_name from information_schema.columns where table_name = ? and table_schema = current_schema() order by ordinal_position`, [table])
  const columns = rows.map((r) => String(r.column_name)).filter((c) => !(c in set && set[c] === "DEFAULT"))
  const expr = (c: string) => (c in set ? set[c] : c === "id" || keys.includes(c) ? `src.${c} || '_h' || n` : `src.${c}`)
  await knex.raw(
    `insert into "${table}" (${columns.map((c) => `"${c}"`).join(", ")})
     select ${columns.map(expr).join(", ")} from "${table}" src cross join generate_series(1, ${count}) n where ${where}`,
    bindings
  )
}

/** See bench/customer-history.js. Args: receipts=<n>. */
export default async function customerHistoryBench({ container, args }: ExecArgs) {
  const receipts = Number(args.find((a) => a.startsWith("receipts="))?.split("=")[1] ?? 5000)
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const server = await startServer(await freePort(), path.resolve(process.env.KASSA_DATA_DIR ?? ".kassa-bench", "history-server.log"))
  try {
    const admin = await signIn(new Api(server.base), "owner@example.com", process.env.KASSA_DEMO_PASSWORD || "kassa-demo")
    const { data: branches } = await query.graph({ entity: "branch", fields: ["code", "stock_location_id", "registers.id"] })
    const byCode = new Map((branches as { code: string; stock_location_id: string; registers: { id: string }[] }[]).map((b) => [b.code, b]))
    const manila = byCode.get("MNL")!
    const register: Register = { location_id: manila.stock_location_id, register_id: manila.registers[0].id }
    await admin.call("setup", "POST", "/admin/kassa/pos/drawer-sessions", { register_id: register.register_id, opening_float: 0 }).catch(() => undefined)

    // A fresh customer each run: the figures are this run's 5,000 receipts.
    const customers = container.resolve(Modules.CUSTOMER)
    const old = await customers.listCustomers({ email: "history.bench@example.com" }, { select: ["id"] })
    if (old.length) await customers.updateCustomers(old[0].id, { email: `history.bench.${Date.now()}@example.com`, phone: null })
    const customer = await customers.createCustomers({ first_name: "Bench", last_name: "Buyer", email: "history.bench@example.com", phone: BENCH_PHONE })

    // The template: one real counter sale of three demo accessories to the customer.
    const inventory = container.resolve(Modules.INVENTORY)
    const skus = buildCatalog().filter((p) => p.category === "Accessories").slice(0, 3).map((p) => p.variants[0].sku)
    const { data: variants } = await query.graph({ entity: "product_variant", fields: ["barcode", "inventory_items.inventory_item_id"], filters: { sku: skus } })
    const typed = variants as { barcode: string; inventory_items: { inventory_item_id: string }[] }[]
    await inventory.updateInventoryLevels(typed.map((v) => ({ inventory_item_id: v.inventory_items[0].inventory_item_id, location_id: manila.stock_location_id, stocked_quantity: 1000 })))
    const ready = await ringUp(admin, register, typed.map((v) => v.barcode))
    await admin.call("setup", "POST", `/admin/kassa/pos/tickets/${ready.ticket_id}`, { customer_id: customer.id })
    const { json } = await admin.call("setup", "POST", `/admin/kassa/pos/tickets/${ready.ticket_id}/checkout`, { tenders: [{ method: "cash", tendered: ready.tendered }] }, { "idempotency-key": randomUUID() })
    const orderId: string = json.sale.order_id

    // receipts − 1 copies in SQL, spread over three years and the three branches.
    const seeded = Date.now()
    const copies = receipts - 1
    const locations = ["MNL", "CEB", "DAV"].map((c) => byCode.get(c)!.stock_location_id)
    const when = `(src.created_at - (n * interval '5 hours'))`
    // Receipt numbers are unique: each run's copies get their own prefix.
    const number = `'H${Date.now().toString(36).toUpperCase()}-' || n`
    await knex.transaction(async (knex) => {
      await cloneRows(knex, "order", "src.id = ?", [orderId], copies, [], { display_id: "DEFAULT", created_at: when, updated_at: when, custom_display_id: number })
      const items = ((await knex.raw(`select item_id from order_item where order_id = ?`, [orderId])) as Rows).rows.map((r) => r.item_id)
      await cloneRows(knex, "order_line_item", "src.id = any(?)", [items], copies, ["totals_id"], { created_at: when, updated_at: when })
      await cloneRows(knex, "order_item", "src.order_id = ?", [orderId], copies, ["order_id", "item_id"], { created_at: when, updated_at: when })
      await cloneRows(knex, "order_line_item_adjustment", "src.item_id = any(?)", [items], copies, ["item_id"])
      await cloneRows(knex, "order_summary", "src.order_id = ?", [orderId], copies, ["order_id"])
      await cloneRows(knex, "order_transaction", "src.order_id = ?", [orderId], copies, ["order_id"], { created_at: when, updated_at: when })
      const branchOf = `(array[${locations.map((l) => `'${l}'`).join(", ")}])[1 + n % 3]`
      await cloneRows(knex, "kassa_pos_ticket", "src.order_id = ?", [orderId], copies, ["order_id"], {
        receipt_number: number,
        stock_location_id: branchOf,
        completed_at: when,
        created_at: when,
        updated_at: when,
        drawer_session_id: "null",
      })
      await cloneRows(knex, "kassa_pos_tender", "src.order_id = ?", [orderId], copies, ["order_id", "ticket_id"], { stock_location_id: branchOf, created_at: when, updated_at: when })
    })
    await knex.raw(`analyze "order"; analyze order_item; analyze order_line_item; analyze order_transaction; analyze kassa_pos_ticket; analyze kassa_pos_tender`)
    const seedMs = Date.now() - seeded
    const { rows: countRows }: Rows = await knex.raw(`select count(*)::int as n from "order" where customer_id = ?`, [customer.id])

    const history = `/admin/kassa/pos/customers/${customer.id}/history`
    const firstPage = `/admin/kassa/pos/customers/${customer.id}/receipts?limit=20`
    const manager = await signIn(new Api(server.base), "manager.mnl@example.com", process.env.KASSA_DEMO_PASSWORD || "kassa-demo").catch(() => null)
    const time = async (api: Api, url: string, n = 50) => {
      for (let i = 0; i < 5; i++) await api.call("warm-up", "GET", url)
      const samples: number[] = []
      for (let i = 0; i < n; i++) samples.push((await api.call(url, "GET", url)).ms)
      return samples
    }
    const h = await time(admin, history)
    const p = await time(admin, firstPage)
    const mh = manager ? await time(manager, history) : null
    const mp = manager ? await time(manager, firstPage) : null
    const sample = (await admin.call("sample", "GET", history)).json.history
    const load = os.loadavg().map((l) => l.toFixed(1)).join(", ")
    console.log(`\nCustomer history benchmark: one customer with ${countRows[0].n} receipts (${copies} cloned in SQL in ${(seedMs / 1000).toFixed(1)} s) at 3 branches over 3 years; Node ${process.version}; load average ${load} on ${os.cpus().length} cores`)
    console.log(`  figures: ${sample.figures.map((f: { visits: number; lifetime_spend: string; currency_code: string }) => `${f.visits} visits, ${f.lifetime_spend} ${f.currency_code}`).join("; ")}; favourite ${sample.favourite_branch?.code}`)
    console.log(`  GET history (owner, every branch)               ${summary(h)}`)
    console.log(`  GET receipts, first page of 20 (owner)          ${summary(p)}`)
    if (mh && mp) {
      console.log(`  GET history (Manila's manager, one branch)      ${summary(mh)}`)
      console.log(`  GET receipts, first page (Manila's manager)     ${summary(mp)}`)
    }
    const worst = Math.max(...[h, p, mh ?? [], mp ?? []].filter((s) => s.length).map((s) => percentile(s, 95)))
    console.log(`  target (p95 < 500 ms): ${worst < 500 ? "met" : "NOT met"}`)
  } finally {
    await server.stop()
  }
}
