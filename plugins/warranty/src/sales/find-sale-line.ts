import { branchAt, type BranchFacts } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { WARRANTY_MODULE } from "../modules/warranty"
import type WarrantyModuleService from "../modules/warranty/service"

/** The order line a unit was sold on, with what a claim needs to know about the sale. */
export type SaleLine = {
  order_id: string
  display_id: number
  line_item_id: string
  product_id: string | null
  variant_id: string | null
  product_title: string
  serial_numbers: string[]
  sold_at: string
  customer: { id: string; name: string; email: string | null } | null
  /** The selling branch (found by the order's sales channel); null for a sale made elsewhere. */
  branch: BranchFacts | null
}

export type SaleLineQuery = { serial_number: string; order_id?: string; line_item_id?: string }

type OrderRow = {
  id: string
  display_id: number
  created_at: string | Date
  sales_channel_id: string | null
  customer: { id: string; first_name: string | null; last_name: string | null; email: string | null } | null
  items: { id: string; title: string; product_title: string | null; variant_title: string | null; product_id: string | null; variant_id: string | null; metadata: { serial_numbers?: string[] } | null }[]
}

const serialsOf = (item: OrderRow["items"][number]) => item.metadata?.serial_numbers ?? []

async function loadOrders(container: MedusaContainer, ids: string[]): Promise<OrderRow[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id", "display_id", "created_at", "sales_channel_id", "customer.id", "customer.first_name", "customer.last_name", "customer.email",
      "items.id", "items.title", "items.product_title", "items.variant_title", "items.product_id", "items.variant_id", "items.metadata",
    ],
    filters: { id: ids },
  })
  return data as unknown as OrderRow[]
}

/**
 * Lines whose serials hold this one, straight from Medusa's order tables: sales made before the
 * registry existed (or whose event was missed) are found too.
 */
async function scanOrderLines(container: MedusaContainer, serial: string) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: { order_id: string; line_item_id: string }[] = await pg
    .select("oi.order_id", "li.id as line_item_id")
    .from("order_line_item as li")
    .join("order_item as oi", "oi.item_id", "li.id")
    .whereNull("li.deleted_at")
    .whereNull("oi.deleted_at")
    .whereRaw(`li.metadata -> 'serial_numbers' \\? ?`, [serial])
    .distinct()
  return rows
}

/** Why a serial is refused on the order (and line) the request named, with the line's own serials. */
function notSoldOn(serial: string, order: OrderRow, lineId?: string) {
  const line = lineId ? order.items.find((i) => i.id === lineId) : undefined
  if (lineId && !line) return new MedusaError(MedusaError.Types.NOT_FOUND, `Order #${order.display_id} has no line ${lineId}`)
  if (!line) return new MedusaError(MedusaError.Types.INVALID_DATA, `Serial number ${serial} was not sold on order #${order.display_id}`)
  const sold = serialsOf(line)
  const serials = sold.length ? `its serials: ${sold.join(", ")}` : "it has no serial numbers"
  return new MedusaError(MedusaError.Types.INVALID_DATA, `Serial number ${serial} was not sold on line "${line.title}" of order #${order.display_id} (${serials})`)
}

/**
 * Finds the sale of a unit: by its serial number alone (the latest sale of it, should it have
 * been sold again), or by order and line, checking the serial was sold on that line.
 */
export async function findSaleLine(container: MedusaContainer, q: SaleLineQuery): Promise<SaleLine> {
  const serial = q.serial_number
  const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
  // The registry also holds units handed over as replacements, which are on no order line.
  const registered = await warranty.listSoldSerials({ serial_number: serial }, { select: ["order_id", "line_item_id"] })
  const soldOn = (item: OrderRow["items"][number]) => serialsOf(item).includes(serial) || registered.some((r) => r.line_item_id === item.id)
  let candidates: { order_id: string }[] = q.order_id ? [{ order_id: q.order_id }] : registered
  if (!candidates.length) candidates = await scanOrderLines(container, serial)
  if (!candidates.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No sale of serial number ${serial} was found`)

  const orders = await loadOrders(container, [...new Set(candidates.map((c) => c.order_id))])
  if (!orders.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, q.order_id ? `No order ${q.order_id}` : `No sale of serial number ${serial} was found`)
  const matches = orders
    .flatMap((order) => order.items.filter(soldOn).map((item) => ({ order, item })))
    .filter((m) => !q.line_item_id || m.item.id === q.line_item_id)
    .sort((a, b) => new Date(b.order.created_at).getTime() - new Date(a.order.created_at).getTime())
  const match = matches[0]
  if (!match) throw notSoldOn(serial, orders[0], q.line_item_id)

  const { order, item } = match
  const branch = order.sales_channel_id ? await branchAt(container, { sales_channel_id: order.sales_channel_id }) : null
  const c = order.customer
  return {
    order_id: order.id,
    display_id: order.display_id,
    line_item_id: item.id,
    product_id: item.product_id,
    variant_id: item.variant_id,
    product_title: [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" · "),
    serial_numbers: serialsOf(item),
    sold_at: new Date(order.created_at).toISOString(),
    customer: c ? { id: c.id, name: [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email || c.id, email: c.email } : null,
    branch,
  }
}
