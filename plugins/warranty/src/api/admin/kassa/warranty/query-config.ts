export const claimFields = [
  "id", "type", "status", "serial_number", "stock_location_id", "order_id", "line_item_id", "product_id", "variant_id", "product_title",
  "customer_id", "sold_at", "window_days", "window_ends_on", "issue", "technician_id", "repair_notes", "parts_cost", "labour_cost",
  "override_by", "override_reason", "filed_by", "created_at", "updated_at", "order.display_id",
]

export const listClaimsConfig = { defaults: claimFields, isList: true }

export const claimDetailFields = [...claimFields, "events.*", "replacement.*", "order.customer.first_name", "order.customer.last_name", "order.customer.email", "order.customer.phone"]

export const defectiveFields = [
  "id", "claim_id", "product_id", "variant_id", "stock_location_id", "serial_number", "reason", "received_at", "source", "return_id", "held_by",
  "reservation_id", "created_by", "disposal_status", "disposed_at", "disposed_by", "rma_number", "written_off_cost", "written_off_currency",
]

export const listDefectiveConfig = { defaults: defectiveFields, isList: true }
