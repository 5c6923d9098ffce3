import { model } from "@medusajs/framework/utils"

/**
 * A return (or an exchange) taken at the counter, beside the Medusa return and exchange it made:
 * which units came back and in what condition, which went out instead, what was refunded or paid
 * how, from which drawer, and who approved it. Its number is the sale's receipt number with
 * -R1, -R2… (the refund or exchange receipt's).
 */
export const CounterReturn = model
  .define({ name: "PosCounterReturn", tableName: "kassa_pos_return" }, {
    id: model.id({ prefix: "pret" }).primaryKey(),
    number: model.text().unique(),
    order_id: model.text(),
    return_id: model.text(),
    stock_location_id: model.text(),
    register_id: model.text(),
    drawer_session_id: model.text().nullable(),
    reason: model.text(),
    /** [{ item_id, title, quantity, condition: "resellable" | "damaged", amount }] */
    lines: model.json(),
    refund_total: model.bigNumber(),
    refund_method: model.text(),
    refund_reference: model.text().nullable(),
    card_last4: model.text().nullable(),
    /** Medusa refund ids, one per payment refunded. */
    refund_ids: model.json(),
    created_by: model.text(),
    approved_by: model.text().nullable(),
    /** An exchange: Medusa's exchange, the units handed out instead, what the customer paid on top. */
    exchange_id: model.text().nullable(),
    new_lines: model.json().nullable(),
    paid_total: model.bigNumber().nullable(),
    paid_method: model.text().nullable(),
  })
  .indexes([{ on: ["order_id"] }, { on: ["drawer_session_id"], where: "drawer_session_id IS NOT NULL" }])
