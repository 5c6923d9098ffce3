import type { CounterApi } from "@kassa/pos/counter"

/** A print job as GET printing/jobs lists it (without its bytes). */
export type PrintJob = {
  id: string
  kind: "receipt" | "reprint" | "test" | "label" | "return_slip" | "gift_receipt" | "invoice" | "z_report" | "claim_slip" | "installment_slip" | "preorder_slip"
  status: "pending" | "printing" | "done" | "failed"
  /** "pdf": a PDF printer kept the document (in the print history), nothing printed here. */
  format: "escpos" | "pdf"
  attempts: number
  max_attempts: number
  last_error: string | null
  created_at: string
}

/** The sale's print jobs at the counter's branch, newest first. */
export const saleJobs = async (api: CounterApi, orderId: string, locationId: string) =>
  (await api.get<{ print_jobs: PrintJob[] }>("printing/jobs", { order_id: orderId, location_id: locationId, limit: 20 })).print_jobs

/** What the counter asks for again: the receipt (REPRINT), the customer's copy, the gift receipt, the A4 invoice. */
export type PrintAgain = "reprint" | "customer" | "gift" | "invoice"

/**
 * Prints the sale's receipt again on its counter's printer (marked REPRINT, or CUSTOMER COPY), or
 * its gift receipt where the branch routes gift receipts. `print_job` is null when that printer
 * is the browser.
 */
export const reprint = (api: CounterApi, orderId: string, what: PrintAgain) =>
  api.post<{ print_job: PrintJob | null; print_in_browser?: boolean }>(
    `printing/sales/${orderId}/print`,
    what === "customer" ? { copy: "customer" } : what === "gift" ? { document: "gift_receipt" } : what === "invoice" ? { document: "invoice" } : {}
  )

/** The sale's gift receipt or invoice as a page, for a counter whose route for it is the browser. */
export const saleDocumentHtml = async (api: CounterApi, orderId: string, document: "gift_receipt" | "invoice") =>
  (await api.get<{ html: string }>(`printing/sales/${orderId}/document`, { document })).html

/** The printer the sale's receipt is routed to (null: none, the browser prints). */
export const receiptPrinter = async (api: CounterApi, orderId: string) =>
  (await api.get<{ printer: { id: string; name: string; kind: "network" | "browser" | "pdf" } | null }>(`printing/sales/${orderId}/printer`, { task: "receipt" })).printer
