import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { StockPurchaseOrder, StockPurchaseOrderLine, StockReorderLine, StockSupplier, StockSupplierVariant, StockThreshold } from "./models"
import type { PurchaseOrderStatus } from "./models/purchase-order"

/** Where a purchase order may go from each status. */
const MOVES: Record<PurchaseOrderStatus, PurchaseOrderStatus[]> = {
  draft: ["sent", "canceled"],
  sent: ["partially_received", "received", "canceled"],
  partially_received: ["partially_received", "received"],
  received: [],
  canceled: [],
}

class StockModuleService extends MedusaService({
  StockSupplier,
  StockSupplierVariant,
  StockThreshold,
  StockReorderLine,
  StockPurchaseOrder,
  StockPurchaseOrderLine,
}) {
  /**
   * The next number of a document series (kind and year). The increment is one statement on one
   * row: a second caller waits for the first's transaction, so no number is ever handed out twice.
   */
  @InjectTransactionManager()
  async nextDocumentNumber(kind: string, year: number, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<number> {
    const [row] = (await ctx.transactionManager!.execute(
      `insert into kassa_stock_document_sequence (kind, year, last) values (?, ?, 1)
       on conflict (kind, year) do update set last = kassa_stock_document_sequence.last + 1 returning last`,
      [kind, year]
    )) as { last: number }[]
    return Number(row.last)
  }

  /** Units ordered and not yet arrived, per variant, at a destination (drafts count: they are being ordered). */
  @InjectManager()
  async onOrder(locationId: string, variantIds: string[], @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<Map<string, number>> {
    if (!variantIds.length) return new Map()
    const rows = (await ctx.manager!.execute(
      `select l.variant_id, sum(l.quantity - l.received_quantity)::int as units
         from kassa_stock_purchase_order_line l join kassa_stock_purchase_order o on o.id = l.purchase_order_id
        where o.location_id = ? and o.status in ('draft', 'sent', 'partially_received') and l.variant_id in (?)
          and o.deleted_at is null and l.deleted_at is null
        group by l.variant_id`,
      [locationId, variantIds]
    )) as { variant_id: string; units: number }[]
    return new Map(rows.map((r) => [r.variant_id, Number(r.units)]))
  }

  /**
   * Moves a purchase order to `to` under its row lock, so a cancel and a receipt (or two
   * receipts) arriving together are decided one after the other on what the first left.
   * Returns the status it had.
   */
  @InjectTransactionManager()
  async movePurchaseOrder(id: string, to: PurchaseOrderStatus, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<PurchaseOrderStatus> {
    const em = ctx.transactionManager!
    const [po] = (await em.execute(`select number, status from kassa_stock_purchase_order where id = ? and deleted_at is null for update`, [id])) as {
      number: string
      status: PurchaseOrderStatus
    }[]
    if (!po) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No purchase order ${id}`)
    if (!MOVES[po.status].includes(to)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Purchase order ${po.number} is ${po.status.replace("_", " ")}: it cannot become ${to.replace("_", " ")}`)
    }
    const stamp = to === "sent" ? "sent_at" : to === "received" ? "received_at" : to === "canceled" ? "canceled_at" : null
    await em.execute(`update kassa_stock_purchase_order set status = ?, updated_at = now()${stamp ? `, ${stamp} = now()` : ""} where id = ?`, [to, id])
    return po.status
  }

  /** Puts a purchase order back to the status it had (a compensation), clearing the stamp the move set. */
  @InjectTransactionManager()
  async restorePurchaseOrderStatus(id: string, status: PurchaseOrderStatus, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await ctx.transactionManager!.execute(
      `update kassa_stock_purchase_order set status = ?, updated_at = now(),
         sent_at = case when ? in ('draft') then null else sent_at end,
         received_at = case when ? <> 'received' then null else received_at end,
         canceled_at = case when ? <> 'canceled' then null else canceled_at end
       where id = ?`,
      [status, status, status, status, id]
    )
  }
}

export default StockModuleService
