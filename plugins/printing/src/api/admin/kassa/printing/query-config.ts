export const printerFields = [
  "id", "name", "stock_location_id", "register_id", "kind", "host", "port", "paper_width", "code_page", "has_cutter", "role", "cash_drawer", "is_active",
  "last_success_at", "last_error", "last_error_at", "created_at", "updated_at",
]

/** A job without its bytes: the history says what, where, when and how it went. */
export const printJobFields = [
  "id", "printer_id", "stock_location_id", "kind", "format", "order_id", "receipt_number", "status", "kicks_drawer", "attempts", "max_attempts",
  "next_attempt_at", "last_error", "printed_at", "requested_by", "created_at", "updated_at",
]

export const printRouteFields = ["id", "stock_location_id", "task", "register_id", "role_id", "printer_id", "created_at", "updated_at"]
