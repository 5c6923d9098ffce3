import { model } from "@medusajs/framework/utils"
import { Ticket } from "./ticket"

/** One scanned item on a ticket, with what the counter changed about its price. */
export const TicketLine = model
  .define({ name: "PosTicketLine", tableName: "kassa_pos_ticket_line" }, {
    id: model.id({ prefix: "ptln" }).primaryKey(),
    ticket: model.belongsTo(() => Ticket, { mappedBy: "lines" }),
    variant_id: model.text(),
    product_id: model.text(),
    title: model.text(),
    variant_title: model.text().nullable(),
    sku: model.text().nullable(),
    barcode: model.text().nullable(),
    thumbnail: model.text().nullable(),
    quantity: model.number(),
    /** The branch's price when scanned (tax-inclusive when the region is). */
    unit_price: model.bigNumber(),
    is_tax_inclusive: model.boolean().default(true),
    override_price: model.bigNumber().nullable(),
    override_reason: model.text().nullable(),
    /** Staff member whose policy or PIN allowed the override. */
    override_by: model.text().nullable(),
    discount_type: model.enum(["amount", "percent"]).nullable(),
    discount_value: model.bigNumber().nullable(),
    /** Serialized products need one serial number per unit before checkout. */
    requires_serial: model.boolean().default(false),
    serial_numbers: model.array().default([]),
    /**
     * The inventory items one unit takes ({ inventory_item_id, required_quantity }), as scanned;
     * [] when the variant's stock is not managed. The checkout takes stock by these without
     * reading the product again; null (lines from before) makes it look them up.
     */
    stock_items: model.json().nullable(),
  })
