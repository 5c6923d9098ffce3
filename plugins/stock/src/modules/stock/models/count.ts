import { model } from "@medusajs/framework/utils"
import { StockCountLine } from "./count-line"

export const COUNT_STATUSES = ["counting", "approved", "canceled"] as const
export type CountStatus = (typeof COUNT_STATUSES)[number]

/**
 * A stock count at one location, of everything stocked there or of some categories, numbered
 * CNT-<year>-<6 digits>: the system's quantities snapshotted at the start, the counted ones
 * entered or scanned, applied as adjustments once a manager approves with a reason.
 */
export const StockCount = model
  .define({ name: "StockCount", tableName: "kassa_stock_count" }, {
    id: model.id({ prefix: "kcnt" }).primaryKey(),
    number: model.text().unique(),
    location_id: model.text().index(),
    scope: model.enum(["full", "category"]),
    category_ids: model.array().nullable(),
    status: model.enum([...COUNT_STATUSES]).default("counting"),
    currency_code: model.text().nullable(),
    started_by: model.text().nullable(),
    approved_by: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    reason: model.text().nullable(),
    canceled_at: model.dateTime().nullable(),
    lines: model.hasMany(() => StockCountLine, { mappedBy: "count" }),
  })
  .cascades({ delete: ["lines"] })
