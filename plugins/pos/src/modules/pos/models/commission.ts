import { model } from "@medusajs/framework/utils"

/** A sales agent's commission on one order, at the rate their staff record had then. */
export const Commission = model
  .define({ name: "PosCommission", tableName: "kassa_pos_commission" }, {
    id: model.id({ prefix: "pcom" }).primaryKey(),
    order_id: model.text().unique(),
    staff_member_id: model.text(),
    stock_location_id: model.text(),
    rate: model.bigNumber(),
    base_amount: model.bigNumber(),
    amount: model.bigNumber(),
  })
  .indexes([{ on: ["staff_member_id", "created_at"] }])
