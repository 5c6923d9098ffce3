import { model } from "@medusajs/framework/utils"

/**
 * One tender of a completed sale, beside the Medusa payment it was captured as. Card tenders
 * keep the reference, last four digits and approval code, never a card number.
 */
export const Tender = model
  .define({ name: "PosTender", tableName: "kassa_pos_tender" }, {
    id: model.id({ prefix: "ptnd" }).primaryKey(),
    ticket_id: model.text(),
    order_id: model.text(),
    stock_location_id: model.text(),
    method: model.text(),
    amount: model.bigNumber(),
    /** Cash: what the customer handed over; the change is tendered − amount. */
    tendered: model.bigNumber().nullable(),
    change: model.bigNumber().nullable(),
    reference: model.text().nullable(),
    card_last4: model.text().nullable(),
    approval_code: model.text().nullable(),
    payment_id: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["order_id"] }, { on: ["stock_location_id", "method"] }])
