import { model } from "@medusajs/framework/utils"
import { TicketLine } from "./ticket-line"

/**
 * A sale being built at a register. It lives on the server so a reload, a second screen (the
 * customer display) and a parked sale all see the same thing. Stock is not held while it is
 * open or parked: the checkout takes it, under a lock, or refuses.
 */
export const Ticket = model
  .define({ name: "PosTicket", tableName: "kassa_pos_ticket" }, {
    id: model.id({ prefix: "ptkt" }).primaryKey(),
    stock_location_id: model.text(),
    register_id: model.text(),
    /** Staff member who opened it (the cashier). */
    opened_by: model.text(),
    /** Staff member credited with the sale (commission); the cashier unless set. */
    sales_agent_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    status: model.enum(["open", "parked", "completed", "voided"]).default("open"),
    region_id: model.text(),
    sales_channel_id: model.text(),
    currency_code: model.text(),
    promo_codes: model.array().default([]),
    discount_type: model.enum(["amount", "percent"]).nullable(),
    discount_value: model.bigNumber().nullable(),
    note: model.text().nullable(),
    order_id: model.text().nullable(),
    receipt_number: model.text().nullable(),
    completed_at: model.dateTime().nullable(),
    /** The sale's totals as charged, frozen at checkout (a later return changes the order's, not these). */
    sale_total: model.bigNumber().nullable(),
    sale_tax_total: model.bigNumber().nullable(),
    sale_discount_total: model.bigNumber().nullable(),
    /** The register's cash drawer session the sale was taken in. */
    drawer_session_id: model.text().nullable(),
    voided_at: model.dateTime().nullable(),
    voided_by: model.text().nullable(),
    void_reason: model.text().nullable(),
    lines: model.hasMany(() => TicketLine, { mappedBy: "ticket" }),
  })
  .cascades({ delete: ["lines"] })
  .indexes([
    { on: ["stock_location_id", "status"] },
    { on: ["register_id", "status"] },
    { on: ["order_id"], unique: true, where: "order_id IS NOT NULL" },
    { on: ["drawer_session_id"], where: "drawer_session_id IS NOT NULL" },
  ])
