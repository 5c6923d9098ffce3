import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stringify } from "csv-stringify"
import { once } from "node:events"
import type { ListPlansType } from "../../validators"
import { listPlans } from "../list-plans"

const COLUMNS = [
  "id", "order_id", "status", "stock_location_id", "customer_name", "customer_phone", "customer_email", "term_months",
  "sale_total", "down_payment", "amount_financed", "interest_total", "processing_fee", "paid_total", "balance",
  "next_due_date", "next_due_amount", "days_past_due", "sold_by", "approved_by", "approved_at", "created_at",
]
const PAGE = 500

/** The filtered plans as CSV, page by page, streamed. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListPlansType>, res: MedusaResponse) => {
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="installment-plans-${new Date().toISOString().slice(0, 10)}.csv"`)
  const csv = stringify({ header: true, columns: COLUMNS })
  csv.pipe(res)
  for (let offset = 0; ; offset += PAGE) {
    const { plans } = await listPlans(req, req.validatedQuery, { offset, limit: PAGE })
    for (const p of plans) {
      const row = {
        ...p,
        customer_name: [p.customer?.first_name, p.customer?.last_name].filter(Boolean).join(" "),
        customer_phone: p.customer?.phone ?? "",
        customer_email: p.customer?.email ?? "",
        next_due_date: p.next_due?.date ?? "",
        next_due_amount: p.next_due?.amount ?? "",
        approved_at: p.approved_at ? new Date(p.approved_at).toISOString() : "",
        created_at: new Date(p.created_at).toISOString(),
      }
      if (!csv.write(row)) await once(csv, "drain")
    }
    if (plans.length < PAGE) break
  }
  csv.end()
}
