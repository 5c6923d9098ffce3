import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { stringify } from "csv-stringify"
import { once } from "node:events"
import { claimFilters } from "../scope"
import type { ClaimFiltersType } from "../validators"

const COLUMNS = [
  "id", "created_at", "status", "type", "serial_number", "product_title", "order_display_id", "stock_location_id", "customer_id",
  "sold_at", "window_days", "window_ends_on", "issue", "technician_id", "parts_cost", "labour_cost", "override_by", "override_reason", "filed_by",
]
const PAGE = 500

/** The filtered claims as CSV, newest first, a page at a time. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ClaimFiltersType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters = await claimFilters(req, req.validatedQuery)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="warranty-claims-${new Date().toISOString().slice(0, 10)}.csv"`)
  const csv = stringify({ header: true, columns: COLUMNS })
  csv.pipe(res)
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({
      entity: "warranty_claim",
      fields: [...COLUMNS.filter((c) => c !== "order_display_id"), "order.display_id"],
      filters,
      pagination: { skip, take: PAGE, order: { created_at: "DESC" } },
    })
    for (const c of data as Record<string, unknown>[]) {
      const row = { ...c, order_display_id: (c.order as { display_id?: number } | null)?.display_id ?? "", created_at: new Date(c.created_at as string).toISOString(), sold_at: new Date(c.sold_at as string).toISOString() }
      if (!csv.write(row)) await once(csv, "drain")
    }
    if (data.length < PAGE) break
  }
  csv.end()
}
