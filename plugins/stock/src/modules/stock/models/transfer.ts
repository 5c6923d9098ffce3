import { model } from "@medusajs/framework/utils"
import { StockTransferLine } from "./transfer-line"

export const TRANSFER_STATUSES = ["pending", "in_transit", "received", "canceled"] as const
export type TransferStatus = (typeof TRANSFER_STATUSES)[number]

/**
 * Goods moving from one stock location to another: `branch` between two branches
 * (TR-<from><to>-####-MMYY), `internal` when one side is not a branch's counter, a warehouse or
 * back room (IT-…). Reserved at the source while pending, off its stock once dispatched, onto the
 * destination's by what arrived.
 */
export const StockTransfer = model
  .define({ name: "StockTransfer", tableName: "kassa_stock_transfer" }, {
    id: model.id({ prefix: "ktr" }).primaryKey(),
    number: model.text().unique(),
    kind: model.enum(["branch", "internal"]),
    from_location_id: model.text().index(),
    to_location_id: model.text().index(),
    status: model.enum([...TRANSFER_STATUSES]).default("pending"),
    note: model.text().nullable(),
    /** Some line arrived short or damaged. */
    has_discrepancy: model.boolean().default(false),
    requested_by: model.text().nullable(),
    dispatched_by: model.text().nullable(),
    dispatched_at: model.dateTime().nullable(),
    received_by: model.text().nullable(),
    received_at: model.dateTime().nullable(),
    canceled_by: model.text().nullable(),
    canceled_at: model.dateTime().nullable(),
    lines: model.hasMany(() => StockTransferLine, { mappedBy: "transfer" }),
  })
  .cascades({ delete: ["lines"] })
