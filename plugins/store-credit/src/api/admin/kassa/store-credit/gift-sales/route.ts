import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stringify } from "csv-stringify"
import { once } from "node:events"
import { listGiftSales } from "./list-gift-sales"
import type { GiftSalesType } from "./validators"

const COLUMNS = ["sold_at", "receipt_number", "order_id", "stock_location_id", "product_id", "variant_id", "title", "quantity", "unit_value", "value", "currency_code", "reason", "sold_by_name", "approved_by_name"]
const PAGE = 500

/** Gifts given away at the counter, with their value at the shelf price and the totals; `format=csv`: the whole filtered list as a file. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, GiftSalesType>, res: MedusaResponse) => {
  const q = req.validatedQuery
  if (q.format !== "csv") {
    const { gift_sales, count, totals } = await listGiftSales(req, q, { offset: q.offset, limit: q.limit })
    res.json({ gift_sales, count, totals, offset: q.offset, limit: q.limit })
    return
  }
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="gift-sales-${new Date().toISOString().slice(0, 10)}.csv"`)
  const csv = stringify({ header: true, columns: COLUMNS })
  csv.pipe(res)
  for (let offset = 0; ; offset += PAGE) {
    const { gift_sales } = await listGiftSales(req, q, { offset, limit: PAGE })
    for (const g of gift_sales) if (!csv.write({ ...g, sold_at: new Date(g.sold_at).toISOString() })) await once(csv, "drain")
    if (gift_sales.length < PAGE) break
  }
  csv.end()
}
