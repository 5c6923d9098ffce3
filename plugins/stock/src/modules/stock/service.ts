import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { centavosAmount, centavosDecimal, toCentavos } from "@kassa/core/kit"
import type { CostMethod } from "./cost"
import { type CountEntry, closeCount, recordCounted, reopenCount, restoreCounted } from "./count-moves"
import { countNumber, invoiceNumber, transferNumber } from "./documents"
import {
  StockCount,
  StockCountLine,
  StockInvoice,
  StockPurchaseOrder,
  StockPurchaseOrderLine,
  StockReceipt,
  StockReceiptLine,
  StockReorderLine,
  StockSettings,
  StockSupplier,
  StockSupplierVariant,
  StockThreshold,
  StockTransfer,
  StockTransferLine,
} from "./models"
import type { PurchaseOrderStatus } from "./models/purchase-order"
import type { TransferStatus } from "./models/transfer"
import { type ArrivedLine, moveTransfer, recordArrival, restorePending, undoArrival } from "./transfer-moves"

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
  StockReceipt,
  StockReceiptLine,
  StockInvoice,
  StockSettings,
  StockTransfer,
  StockTransferLine,
  StockCount,
  StockCountLine,
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

  /**
   * Records goods of a sent order arriving: under the order's row lock (two receipts at once are
   * counted one after the other), each line at most what is still outstanding, the order then
   * partly received or received. Writes the receipt and its lines in the same transaction.
   */
  @InjectTransactionManager()
  async receive(input: ReceiveInput, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<Received> {
    const em = ctx.transactionManager!
    const [po] = (await em.execute(`select id, number, status, location_id, currency_code from kassa_stock_purchase_order where id = ? and deleted_at is null for update`, [
      input.purchase_order_id,
    ])) as { id: string; number: string; status: PurchaseOrderStatus; location_id: string; currency_code: string }[]
    if (!po) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No purchase order ${input.purchase_order_id}`)
    if (po.status !== "sent" && po.status !== "partially_received") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Purchase order ${po.number} is ${po.status.replace("_", " ")}: only a sent order is received`)
    }
    const rows = (await em.execute(`select id, variant_id, title, quantity, received_quantity, unit_cost from kassa_stock_purchase_order_line where purchase_order_id = ? and deleted_at is null`, [
      po.id,
    ])) as { id: string; variant_id: string; title: string; quantity: number; received_quantity: number; unit_cost: string }[]
    const wanted = input.lines ?? rows.filter((r) => r.quantity > r.received_quantity).map((r) => ({ line_id: r.id, quantity: r.quantity - r.received_quantity }))
    const lines: ReceivedLine[] = wanted.map((l) => {
      const row = rows.find((r) => r.id === l.line_id)
      if (!row) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Line ${l.line_id} is not on purchase order ${po.number}`)
      const outstanding = row.quantity - row.received_quantity
      if (l.quantity > outstanding) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `${row.title}: ${l.quantity} received but only ${outstanding} of ${row.quantity} outstanding on ${po.number}`)
      }
      row.received_quantity += l.quantity
      return { purchase_order_line_id: row.id, variant_id: row.variant_id, title: row.title, quantity: l.quantity, unit_cost_centavos: toCentavos(row.unit_cost) }
    })
    for (const l of lines) {
      await em.execute(`update kassa_stock_purchase_order_line set received_quantity = received_quantity + ?, updated_at = now() where id = ?`, [l.quantity, l.purchase_order_line_id])
    }
    const status: PurchaseOrderStatus = rows.every((r) => r.received_quantity === r.quantity) ? "received" : "partially_received"
    await em.execute(`update kassa_stock_purchase_order set status = ?, updated_at = now(), received_at = case when ? = 'received' then now() else null end where id = ?`, [status, status, po.id])
    const receipt = await this.createStockReceipts(
      {
        purchase_order_id: po.id,
        purchase_order_number: po.number,
        location_id: po.location_id,
        received_by: input.received_by,
      },
      ctx
    )
    await this.createStockReceiptLines(
      lines.map((l) => ({ receipt: receipt.id, purchase_order_line_id: l.purchase_order_line_id, variant_id: l.variant_id, quantity: l.quantity, unit_cost: centavosAmount(l.unit_cost_centavos) })),
      ctx
    )
    return { receipt_id: receipt.id, number: po.number, location_id: po.location_id, currency_code: po.currency_code, status, lines }
  }

  /** Takes a receipt back (a compensation): its quantities off the order's lines, the order's status as they leave it. */
  @InjectTransactionManager()
  async undoReceipt(receiptId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const em = ctx.transactionManager!
    const [receipt] = (await em.execute(`select purchase_order_id from kassa_stock_receipt where id = ?`, [receiptId])) as { purchase_order_id: string }[]
    if (!receipt) return
    await em.execute(`select id from kassa_stock_purchase_order where id = ? for update`, [receipt.purchase_order_id])
    await em.execute(
      `update kassa_stock_purchase_order_line l set received_quantity = l.received_quantity - r.quantity, updated_at = now()
         from kassa_stock_receipt_line r where r.receipt_id = ? and r.purchase_order_line_id = l.id`,
      [receiptId]
    )
    await em.execute(`delete from kassa_stock_receipt where id = ?`, [receiptId])
    await em.execute(
      `update kassa_stock_purchase_order o set received_at = null, updated_at = now(), status = case
         when exists (select 1 from kassa_stock_purchase_order_line l where l.purchase_order_id = o.id and l.received_quantity > 0 and l.deleted_at is null) then 'partially_received'
         else 'sent' end
       where o.id = ?`,
      [receipt.purchase_order_id]
    )
  }

  /**
   * Records a supplier's invoice for what has been received on an order and not invoiced yet,
   * with a snapshot of each line. The supplier's number is once per supplier: a second time is
   * refused naming the first.
   */
  @InjectTransactionManager()
  async recordInvoice(input: InvoiceInput, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const em = ctx.transactionManager!
    const [po] = (await em.execute(`select id, number, supplier_id, currency_code from kassa_stock_purchase_order where id = ? and deleted_at is null for update`, [
      input.purchase_order_id,
    ])) as { id: string; number: string; supplier_id: string; currency_code: string }[]
    if (!po) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No purchase order ${input.purchase_order_id}`)
    const supplierNumber = input.supplier_invoice_number.trim()
    // The same paper recorded twice at once (on two orders of the supplier) would both pass the
    // check below; this lock makes the second wait and see the first. The unique index stays behind it.
    await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`kassa-stock-invoice:${po.supplier_id}:${supplierNumber.toLowerCase()}`])
    const [earlier] = (await em.execute(
      `select number, purchase_order_number from kassa_stock_invoice where supplier_id = ? and lower(trim(supplier_invoice_number)) = lower(?) and deleted_at is null`,
      [po.supplier_id, supplierNumber]
    )) as { number: string; purchase_order_number: string }[]
    if (earlier) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Invoice ${supplierNumber} of this supplier is already recorded as ${earlier.number} (on ${earlier.purchase_order_number})`)
    }

    const lines = (await em.execute(
      `select l.variant_id, l.title, l.sku, l.supplier_sku, l.unit_cost, sum(r.quantity)::int as quantity
         from kassa_stock_receipt rc
         join kassa_stock_receipt_line r on r.receipt_id = rc.id and r.deleted_at is null
         join kassa_stock_purchase_order_line l on l.id = r.purchase_order_line_id
        where rc.purchase_order_id = ? and rc.invoice_id is null and rc.deleted_at is null
        group by l.id, l.variant_id, l.title, l.sku, l.supplier_sku, l.unit_cost order by l.title, l.variant_id`,
      [po.id]
    )) as { variant_id: string; title: string; sku: string | null; supplier_sku: string | null; unit_cost: string; quantity: number }[]
    if (!lines.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Nothing received on ${po.number} is waiting for an invoice`)
    const snapshot = lines.map((l) => {
      const unit = toCentavos(l.unit_cost)
      return { variant_id: l.variant_id, title: l.title, sku: l.sku, supplier_sku: l.supplier_sku, quantity: Number(l.quantity), unit_cost: centavosDecimal(unit), line_total: centavosDecimal(unit * Number(l.quantity)) }
    })
    const total = lines.reduce((sum, l) => sum + toCentavos(l.unit_cost) * Number(l.quantity), 0)
    const year = new Date().getUTCFullYear()
    const number = invoiceNumber(year, await this.nextDocumentNumber("INV", year, ctx))
    const invoice = await this.createStockInvoices(
      {
        number,
        supplier_id: po.supplier_id,
        supplier_invoice_number: supplierNumber,
        purchase_order_id: po.id,
        purchase_order_number: po.number,
        invoice_date: input.invoice_date,
        currency_code: po.currency_code,
        total: centavosAmount(total),
        lines: snapshot as unknown as Record<string, unknown>,
        recorded_by: input.recorded_by,
      },
      ctx
    )
    await em.execute(`update kassa_stock_receipt set invoice_id = ?, updated_at = now() where purchase_order_id = ? and invoice_id is null and deleted_at is null`, [invoice.id, po.id])
    return invoice
  }

  /** A new pending transfer with its lines, numbered in the series of its route and month (TR-MNLCEB-0001-1226). */
  @InjectTransactionManager()
  async createTransfer(input: NewTransfer, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const now = new Date()
    const series = now.getUTCFullYear() * 100 + now.getUTCMonth() + 1
    const number = transferNumber(input.series, now, await this.nextDocumentNumber(input.series, series, ctx))
    const transfer = await this.createStockTransfers(
      { number, kind: input.kind, from_location_id: input.from_location_id, to_location_id: input.to_location_id, note: input.note, requested_by: input.requested_by },
      ctx
    )
    const lines = await this.createStockTransferLines(input.lines.map((l) => ({ ...l, transfer: transfer.id })), ctx)
    return { id: transfer.id, number, lines: lines.map((l) => ({ id: l.id, inventory_item_id: l.inventory_item_id, quantity: l.quantity, title: l.title, sku: l.sku ?? null })) }
  }

  /** Dispatches or cancels a pending transfer under its row lock (or refuses, saying what it is). */
  @InjectTransactionManager()
  async moveTransfer(id: string, to: TransferStatus, by: string | null, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    return await moveTransfer(ctx.transactionManager!, id, to, by)
  }

  @InjectTransactionManager()
  async restorePendingTransfer(id: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await restorePending(ctx.transactionManager!, id)
  }

  @InjectTransactionManager()
  async recordTransferArrival(id: string, lines: ArrivedLine[] | undefined, by: string | null, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    return await recordArrival(ctx.transactionManager!, id, lines, by)
  }

  @InjectTransactionManager()
  async undoTransferArrival(id: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await undoArrival(ctx.transactionManager!, id)
  }

  /** A new count with the system's quantities of its lines as they are now, numbered CNT-2026-000001. */
  @InjectTransactionManager()
  async startCount(input: NewCount, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const year = new Date().getUTCFullYear()
    const number = countNumber(year, await this.nextDocumentNumber("CNT", year, ctx))
    const { lines, ...count } = input
    const created = await this.createStockCounts({ ...count, number }, ctx)
    await this.createStockCountLines(lines.map((l) => ({ ...l, count: created.id })), ctx)
    return created.id
  }

  @InjectTransactionManager()
  async recordCounted(id: string, entries: CountEntry[], @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    return await recordCounted(ctx.transactionManager!, id, entries)
  }

  @InjectTransactionManager()
  async restoreCounted(before: { line_id: string; counted_quantity: number | null }[], @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await restoreCounted(ctx.transactionManager!, before)
  }

  @InjectTransactionManager()
  async closeCount(id: string, to: "approved" | "canceled", by: string | null, reason: string | null, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    return await closeCount(ctx.transactionManager!, id, to, by, reason)
  }

  @InjectTransactionManager()
  async reopenCount(id: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await reopenCount(ctx.transactionManager!, id)
  }

  async costMethod(): Promise<CostMethod> {
    const [row] = await this.listStockSettings({ id: "kstset_store" })
    return (row?.cost_method as CostMethod) ?? "moving_average"
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

/** Without lines, everything still outstanding on the order. */
export type ReceiveInput = { purchase_order_id: string; received_by: string | null; lines?: { line_id: string; quantity: number }[] }
export type ReceivedLine = { purchase_order_line_id: string; variant_id: string; title: string; quantity: number; unit_cost_centavos: number }
export type Received = { receipt_id: string; number: string; location_id: string; currency_code: string; status: PurchaseOrderStatus; lines: ReceivedLine[] }
export type InvoiceInput = { purchase_order_id: string; supplier_invoice_number: string; invoice_date: Date | null; recorded_by: string | null }

export type NewTransferLine = { variant_id: string; inventory_item_id: string; title: string; sku: string | null; quantity: number }
/** `series`: TR-<from><to> or IT-<from><to>, the number's prefix. */
export type NewTransfer = { series: string; kind: "branch" | "internal"; from_location_id: string; to_location_id: string; note: string | null; requested_by: string | null; lines: NewTransferLine[] }
export type NewCountLine = { variant_id: string; inventory_item_id: string; title: string; sku: string | null; barcode: string | null; system_quantity: number; unit_cost: number | null }
export type NewCount = { location_id: string; scope: "full" | "category"; category_ids: string[] | null; currency_code: string | null; started_by: string | null; lines: NewCountLine[] }
