import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError, Modules, OrderStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** What an archived order remembers in its metadata, so that a restore puts its status back. */
export type OrderArchiveRecord = { previous_status: string; reason: string; by: string; at: string }

export type ArchiveOrderInput = { order_id: string; reason: string; archived_by: string }

type OrderRow = { id: string; display_id?: number; status: string; canceled_at?: Date | string | null; metadata: Record<string, unknown> | null }

type OrderWrites = {
  listOrders: (filters: object, config: object) => Promise<OrderRow[]>
  updateOrders: (data: { id: string; status?: string; metadata?: Record<string, unknown> }[]) => Promise<unknown>
}

// Medusa's own archive (order module `archive`, used by archiveOrderWorkflow and
// POST /admin/orders/:id/archive) takes only completed, canceled or draft orders. Kassa takes
// those, and a pending order that is settled: a counter sale stays pending in Medusa although it
// is paid and handed over, and it is what a store archives most.
const ARCHIVABLE: string[] = [OrderStatus.COMPLETED, OrderStatus.CANCELED]

/** Nothing owed either way and every unit handed over (fulfilled, less what came back). */
async function settled(container: MedusaContainer, id: string): Promise<boolean> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "summary.pending_difference", "items.quantity", "items.detail.fulfilled_quantity"],
    filters: { id },
  })
  const order = data[0] as { summary?: { pending_difference?: unknown } | null; items?: { quantity: unknown; detail?: { fulfilled_quantity?: unknown } | null }[] } | undefined
  if (!order?.summary) return false
  if (!MathBN.eq(MathBN.convert((order.summary.pending_difference as number) ?? 0), 0)) return false
  return (order.items ?? []).every((i) => MathBN.gte(MathBN.convert((i.detail?.fulfilled_quantity as number) ?? 0), MathBN.convert(i.quantity as number)))
}

async function loadOrder(orders: OrderWrites, id: string) {
  const [order] = await orders.listOrders({ id }, { select: ["id", "display_id", "status", "canceled_at", "metadata"] })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${id} was not found`)
  return order
}

const nameOf = (order: OrderRow) => (order.display_id ? `Order #${order.display_id}` : `Order ${order.id}`)

/**
 * Archives a completed, canceled or settled pending order: its status becomes `archived` and its metadata keeps
 * `kassa_archived` (the status before, who, when, why). Undone, status and metadata are as before.
 */
export const archiveOrderStep = createStep(
  "kassa-archive-order",
  async (input: ArchiveOrderInput, { container }) => {
    const orders = container.resolve(Modules.ORDER) as unknown as OrderWrites
    const order = await loadOrder(orders, input.order_id)
    if (order.status === OrderStatus.ARCHIVED) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${nameOf(order)} is already archived`)
    const settledPending = order.status === OrderStatus.PENDING && (await settled(container, order.id))
    if (!ARCHIVABLE.includes(order.status) && !settledPending) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${nameOf(order)} is ${order.status} and not settled (money owed or units not handed over): only settled, completed or canceled orders can be archived; complete or cancel it first`
      )
    }
    const record: OrderArchiveRecord = { previous_status: order.status, reason: input.reason, by: input.archived_by, at: new Date().toISOString() }
    // The order module merges metadata: only Kassa's key is written, and "" removes it.
    await orders.updateOrders([{ id: order.id, status: OrderStatus.ARCHIVED, metadata: { kassa_archived: record } }])
    return new StepResponse({ id: order.id, archive: record }, { id: order.id, status: order.status, metadata: { kassa_archived: "" } })
  },
  async (before, { container }) => {
    if (!before) return
    await (container.resolve(Modules.ORDER) as unknown as OrderWrites).updateOrders([before])
  }
)

/** Puts an archived order back in the status it had; undone, it is archived again as it was. */
export const restoreOrderStep = createStep(
  "kassa-restore-order",
  async (input: { order_id: string }, { container }) => {
    const orders = container.resolve(Modules.ORDER) as unknown as OrderWrites
    const order = await loadOrder(orders, input.order_id)
    if (order.status !== OrderStatus.ARCHIVED) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${nameOf(order)} is not archived (it is ${order.status})`)
    const record = order.metadata?.kassa_archived as OrderArchiveRecord | undefined
    // Archived by Medusa's own route (no record): it took only completed or canceled orders, and
    // a canceled one keeps canceled_at, so completed is the status it had unless it was canceled.
    const previous = record?.previous_status ?? (order.canceled_at ? OrderStatus.CANCELED : OrderStatus.COMPLETED)
    await orders.updateOrders([{ id: order.id, status: previous, metadata: { kassa_archived: "" } }])
    return new StepResponse({ id: order.id, status: previous }, { id: order.id, status: order.status, metadata: { kassa_archived: record ?? "" } })
  },
  async (before, { container }) => {
    if (!before) return
    await (container.resolve(Modules.ORDER) as unknown as OrderWrites).updateOrders([before])
  }
)
