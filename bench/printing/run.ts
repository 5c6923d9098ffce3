import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { percentile, summary } from "../audit/stats"
import { Api, signIn } from "../pos/http"
import { ringUp, type Register } from "../pos/pos-sales"
import { freePort, startServer } from "../pos/server"

const PRINTER_NAME = "Bench printer"
const now = () => Number(process.hrtime.bigint()) / 1e6

/** A loopback printer: for each connection, when its first byte came (monotonic and wall clock) and everything it got. */
async function listener() {
  const prints: { firstByteAt: number; firstByteWall: number; bytes: Buffer }[] = []
  const waiting: (() => void)[] = []
  const server = net.createServer((socket) => {
    let firstByteAt = 0
    let firstByteWall = 0
    const chunks: Buffer[] = []
    socket.on("data", (chunk) => {
      if (!firstByteAt) [firstByteAt, firstByteWall] = [now(), Date.now()]
      chunks.push(chunk)
    })
    socket.on("end", () => {
      socket.end()
      prints.push({ firstByteAt, firstByteWall, bytes: Buffer.concat(chunks) })
      waiting.shift()?.()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    port: (server.address() as net.AddressInfo).port,
    next: async (ms = 30_000) => {
      if (!prints.length) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`No print within ${ms} ms`)), ms)
          waiting.push(() => (clearTimeout(timer), resolve()))
        })
      }
      return prints.shift()!
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** See bench/printing.js. Args: sales=<n measured>. */
export default async function printingBench({ container, args }: ExecArgs) {
  const sales = Number(args.find((a) => a.startsWith("sales="))?.split("=")[1] ?? 50)
  const printer = await listener()
  const server = await startServer(await freePort(), path.resolve(process.env.KASSA_DATA_DIR ?? ".kassa-bench", "printing-server.log"))
  try {
    const admin = await signIn(new Api(server.base), "owner@example.com", process.env.KASSA_DEMO_PASSWORD || "kassa-demo")
    const { stock_locations } = (await admin.call("setup", "GET", "/admin/stock-locations?fields=id,name&limit=50")).json
    const manila = (stock_locations as { id: string; name: string }[]).find((l) => l.name.startsWith("Manila"))!
    const counter = (await admin.call("setup", "GET", `/admin/kassa/pos/counter?location_id=${manila.id}`)).json
    const register: Register = { location_id: manila.id, register_id: counter.registers[0].id }
    await admin.call("setup", "POST", "/admin/kassa/pos/drawer-sessions", { register_id: register.register_id, opening_float: 0 }).catch(() => undefined)

    // This run's printer alone serves the register (an earlier run's is removed first).
    const { printers } = (await admin.call("setup", "GET", `/admin/kassa/printing/printers?location_id=${manila.id}&limit=200`)).json
    for (const p of printers as { id: string; name: string }[]) if (p.name === PRINTER_NAME) await admin.call("setup", "DELETE", `/admin/kassa/printing/printers/${p.id}`)
    await admin.call("setup", "POST", "/admin/kassa/printing/printers", { location_id: manila.id, register_id: register.register_id, name: PRINTER_NAME, host: "127.0.0.1", port: printer.port })

    // One demo accessory with stock to spare: each sale is one scan of it.
    const inventory = container.resolve(Modules.INVENTORY)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const sku = buildCatalog().filter((p) => p.category === "Accessories")[0].variants[0].sku
    const { data: variants } = await query.graph({ entity: "product_variant", fields: ["barcode", "inventory_items.inventory_item_id"], filters: { sku } })
    const variant = variants[0] as { barcode: string; inventory_items: { inventory_item_id: string }[] }
    await inventory.updateInventoryLevels([{ inventory_item_id: variant.inventory_items[0].inventory_item_id, location_id: manila.id, stocked_quantity: 100_000 }])

    const answeredToByte: number[] = []
    const sentToByte: number[] = []
    // Where the time goes (the server's clock is this machine's): answer → job row written → first byte.
    const measured: { order_id: string; answeredWall: number; firstByteWall: number }[] = []
    for (let i = -3; i < sales; i++) {
      const ready = await ringUp(admin, register, [variant.barcode])
      const sent = now()
      const { json } = await admin.call("POS checkout", "POST", `/admin/kassa/pos/tickets/${ready.ticket_id}/checkout`, { tenders: [{ method: "cash", tendered: ready.tendered }] }, { "idempotency-key": randomUUID() })
      const answered = now()
      const answeredWall = Date.now()
      const print = await printer.next()
      if (print.bytes.length < 100) throw new Error(`A print of ${print.bytes.length} bytes: not a receipt`)
      if (i < 0) continue // warm-up: the first sales compile workflows and fill caches
      answeredToByte.push(print.firstByteAt - answered)
      sentToByte.push(print.firstByteAt - sent)
      measured.push({ order_id: json.sale.order_id, answeredWall, firstByteWall: print.firstByteWall })
    }
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = (await knex.raw(`select order_id, created_at from kassa_print_job where kind = 'receipt' and order_id = any(?)`, [measured.map((m) => m.order_id)])) as {
      rows: { order_id: string; created_at: Date }[]
    }
    const queuedAt = new Map(rows.map((r) => [r.order_id, new Date(r.created_at).getTime()]))
    const answeredToQueued = measured.map((m) => queuedAt.get(m.order_id)! - m.answeredWall)
    const queuedToByte = measured.map((m) => m.firstByteWall - queuedAt.get(m.order_id)!)
    // The machine's load matters as much as the code's: on a shared host the figures carry it.
    const load = os.loadavg().map((l) => l.toFixed(1)).join(", ")
    console.log(`\nPrinting benchmark: ${sales} cash sales one at a time at ${manila.name}, register ${counter.registers[0].code ?? 1}, idle server; Node ${process.version}; load average ${load} on ${os.cpus().length} cores`)
    console.log(`  sale answered → first byte at the printer   ${summary(answeredToByte)}`)
    console.log(`  checkout sent → answered                    ${summary(sentToByte.map((t, i) => t - answeredToByte[i]))}`)
    console.log(`  checkout sent → first byte at the printer   ${summary(sentToByte)}`)
    console.log(`    of which: answered → job queued          ${summary(answeredToQueued)}`)
    console.log(`              job queued → first byte        ${summary(queuedToByte)}`)
    console.log(`  target (sale answered → first byte, p95 ≤ 200 ms): ${percentile(answeredToByte, 95) <= 200 ? "met" : "NOT met"}`)
  } finally {
    await server.stop()
    await printer.close()
  }
}
