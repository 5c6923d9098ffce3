import { model } from "@medusajs/framework/utils"

/**
 * A return the counter could not approve on the spot, waiting for a manager: the lines and
 * refund the customer asked for, frozen as asked. Nothing moves while it waits: Medusa's return,
 * the stock and the refund are made only when an approved request is completed at the counter
 * (`return_record_id`, the counter return it became). Numbered after the sale's receipt (-RQ1…).
 * Status: pending → approved | rejected | expired; approved → completed. An exchange's request
 * (`kind`) also keeps the new goods asked for (`new_lines`), handed over only at completion.
 */
export const ReturnRequest = model
  .define({ name: "PosReturnRequest", tableName: "kassa_pos_return_request" }, {
    id: model.id({ prefix: "prq" }).primaryKey(),
    number: model.text().unique(),
    order_id: model.text(),
    stock_location_id: model.text(),
    register_id: model.text(),
    status: model.enum(["pending", "approved", "rejected", "expired", "completed"]).default("pending"),
    kind: model.enum(["return", "exchange"]).default("return"),
    /** [{ item_id, title, quantity, condition, amount }] as prepared when asked. */
    lines: model.json(),
    /** An exchange's new goods as priced when asked: [{ variant_id, title, quantity, amount }]; re-priced at completion. */
    new_lines: model.json().nullable(),
    refund_total: model.bigNumber(),
    /** { method, reference?, card_last4? } */
    refund: model.json(),
    reason: model.text(),
    note: model.text().nullable(),
    approval_reason: model.text().nullable(),
    requested_by: model.text(),
    expires_at: model.dateTime(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    decision_note: model.text().nullable(),
    return_record_id: model.text().nullable(),
    completed_by: model.text().nullable(),
    completed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["order_id"] }, { on: ["stock_location_id", "status"] }])
