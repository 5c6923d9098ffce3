import type { CounterApi } from "@kassa/pos/counter"

/** A print job as GET printing/jobs lists it (without its bytes). */
export type PrintJob = {
  id: string
  kind: "receipt" | "reprint" | "test" | "label" | "return_slip" | "z_report" | "claim_slip" | "installment_slip" | "preorder_slip"
  status: "pending" | "printing" | "done" | "failed"
  attempts: number
  max_attempts: number
  last_error: string | null
  created_at: string
}

/** The sale's print jobs at the counter's branch, newest first. */
export const saleJobs = async (api: CounterApi, orderId: string, locationId: string) =>
  (await api.get<{ print_jobs: PrintJob[] }>("printing/jobs", { order_id: orderId, location_id: locationId, limit: 20 })).print_jobs

/** Prints the sale's receipt again on its counter's printer: marked REPRINT, or CUSTOMER COPY. */
export const reprint = (api: CounterApi, orderId: string, copy?: "customer") =>
  api.post<{ print_job: PrintJob }>(`printing/sales/${orderId}/print`, copy ? { copy } : {})
