import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { visibleBranches } from "@kassa/core/kit"
import { stringify } from "csv-stringify"
import { once } from "node:events"
import { takePreorderWorkflow } from "../../../../workflows"
import { listPreorders, preorderOr404 } from "./read"
import type { ListPreordersType, TakePreorderType } from "./validators"

const COLUMNS = ["number", "kind", "status", "stock_location_id", "customer_id", "variant_id", "title", "quantity", "currency_code", "total", "paid", "balance", "expected_at", "expires_at", "allocated_at", "closed_at", "created_at"]
const PAGE = 500

/** Pre-orders and layaways at the caller's branches (or the one asked for), filtered; `format=csv`: the whole filtered list as a file. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListPreordersType>, res: MedusaResponse) => {
  const q = req.validatedQuery
  const scope = await visibleBranches(req, q.location_id)
  if (q.format !== "csv") {
    const { preorders, count } = await listPreorders(req.scope, q, scope, { offset: q.offset, limit: q.limit })
    res.json({ preorders, count, offset: q.offset, limit: q.limit })
    return
  }
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="preorders-${new Date().toISOString().slice(0, 10)}.csv"`)
  const csv = stringify({ header: true, columns: COLUMNS, cast: { date: (d) => d.toISOString() } })
  csv.pipe(res)
  for (let offset = 0; ; offset += PAGE) {
    const { preorders } = await listPreorders(req.scope, q, scope, { offset, limit: PAGE })
    for (const p of preorders) if (!csv.write(p)) await once(csv, "drain")
    if (preorders.length < PAGE) break
  }
  csv.end()
}

/** Takes a pre-order (goods not in stock) or a layaway (goods reserved now) with its deposit. */
export const POST = async (req: AuthenticatedMedusaRequest<TakePreorderType>, res: MedusaResponse) => {
  const { result } = await takePreorderWorkflow(req.scope).run({ input: { ...req.validatedBody, created_by: req.auth_context.actor_id } })
  res.status(201).json({ preorder: await preorderOr404(req.scope, result.id) })
}
