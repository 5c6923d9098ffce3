import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import net from "node:net"
import path from "node:path"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { percentile, summary } from "../audit/stats"
import { Api, signIn } from "../pos/http"
import { pay, ringUp, type Register } from "../pos/pos-sales"
import { freePort, startServer } from "../pos/server"

const PRINTER_NAME = "Bench printer"
const now = () => Number(process.hrtime.bigint()) / 1e6

/** A loopback printer: for each connection, when its first byte came and everything it got. */
async function listener() {
  const prints: { firstByteAt: number; bytes: Buffer }[] = []
  const waiting: (() => void)[] = []
  const server = net.createServer((socket) => {
    let firstByteAt = 0
    const chunks: Buffer[] = []
    socket.on("data", (chunk) => {
      firstByteAt ||= now()
      chunks.push(chunk)
    })
    socket.on("end", () => {
      socket.end()
      prints.push({ firstByteAt, bytes: Buffer.concat(chunks) })
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
    const query = container.resolve("query")
    const sku = buildCatalog().filter((p) => p.category === "Accessories")[0].variants[0].sku
    const { data: variants } = await query.graph({ entity: "product_variant", fields: ["barcode", "inventory_items.inventory_item_id"], filters: { sku } })
    const variant = variants[0] as { barcode: string; inventory_items: { inventory_item_id: string }[] }
    await inventory.updateInventoryLevels([{ inventory_item_id: variant.inventory_items[0].inventory_item_id, location_id: manila.id, stocked_quantity: 100_000 }])

    const answeredToByte: number[] = []
    const sentToByte: number[] = []
    for (let i = -3; i < sales; i++) {
      const ready = await ringUp(admin, register, [variant.barcode])
      const sent = now()
      await pay(admin, ready)
      const answered = now()
      const print = await printer.next()
      if (print.bytes.length < 100) throw new Error(`A print of ${print.bytes.length} bytes: not a receipt`)
      if (i < 0) continue // warm-up: the first sales compile workflows and fill caches
      answeredToByte.push(print.firstByteAt - answered)
      sentToByte.push(print.firstByteAt - sent)
    }
    console.log(`\nPrinting benchmark: ${sales} cash sales one at a time at ${manila.name}, register ${counter.registers[0].code ?? 1}, idle server; Node ${process.version}`)
    console.log(`  sale answered → first byte at the printer   ${summary(answeredToByte)}`)
    console.log(`  checkout sent → first byte at the printer   ${summary(sentToByte)}`)
    console.log(`  target (sale answered → first byte, p95 ≤ 200 ms): ${percentile(answeredToByte, 95) <= 200 ? "met" : "NOT met"}`)
  } finally {
    await server.stop()
    await printer.close()
  }
}
