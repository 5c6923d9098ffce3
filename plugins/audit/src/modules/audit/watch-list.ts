/**
 * The Medusa tables a retailer cares about, with the entity name the log shows and the
 * columns that tie a row to the record whose history it belongs to (a variant to its product,
 * a return to its order, a capture to its payment).
 *
 * Kassa's own tables need no entry: every table named kassa_* is audited (entity = the name
 * without the prefix, related = its *_id columns). A plugin leaves a table or column out with
 * one line in its migration:  comment on column kassa_x.last_seen_at is 'kassa:audit=off'
 * and brings any other table in with:  comment on table my_table is 'kassa:audit=on'
 */
export type Watched = { table: string; entity: string; related?: string[]; skip?: string[] }

export const MEDUSA_TABLES: Watched[] = [
  { table: "product", entity: "product" },
  { table: "product_variant", entity: "product_variant", related: ["product_id"] },
  { table: "price", entity: "price", related: ["price_set_id", "price_list_id"] },
  { table: "price_list", entity: "price_list" },
  { table: "inventory_item", entity: "inventory_item" },
  { table: "inventory_level", entity: "inventory_level", related: ["inventory_item_id"] },
  { table: "stock_location", entity: "stock_location" },
  { table: "customer", entity: "customer" },
  { table: "customer_address", entity: "customer_address", related: ["customer_id"] },
  { table: "customer_group", entity: "customer_group" },
  // Who is in a group (core's Frequent group among them: its rule adds and removes members).
  { table: "customer_group_customer", entity: "customer_group_member", related: ["customer_id", "customer_group_id"] },
  { table: "order", entity: "order", related: ["customer_id"], skip: ["version"] },
  { table: "order_change", entity: "order_change", related: ["order_id"] },
  { table: "return", entity: "return", related: ["order_id"] },
  { table: "order_claim", entity: "order_claim", related: ["order_id"] },
  { table: "order_exchange", entity: "order_exchange", related: ["order_id"] },
  { table: "payment", entity: "payment", related: ["payment_collection_id"] },
  { table: "capture", entity: "payment_capture", related: ["payment_id"] },
  { table: "refund", entity: "payment_refund", related: ["payment_id"] },
  { table: "user", entity: "user" },
  { table: "api_key", entity: "api_key", skip: ["salt"] },
  { table: "promotion", entity: "promotion" },
  { table: "promotion_application_method", entity: "promotion_application_method", related: ["promotion_id"] },
  { table: "tax_rate", entity: "tax_rate" },
  { table: "sales_channel", entity: "sales_channel" },
]

/** The log's own tables are never captured (the chain would feed itself). */
export const NEVER = new Set(["kassa_audit_pending", "kassa_audit_entry"])

export const OFF = "kassa:audit=off"
export const ON = "kassa:audit=on"
