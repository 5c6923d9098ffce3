import { toCentavos, centavosDecimal, visibleBranches } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { stringify } from "csv-stringify/sync"
import type { DefectiveReportType } from "../../validators"

type Unit = {
  id: string; stock_location_id: string; variant_id: string | null; serial_number: string | null; reason: string; received_at: string
  source: string; held_by: string; disposal_status: string; rma_number: string | null; written_off_cost: number | string | null
}
type Variant = { id: string; sku: string | null; title: string; product: { title: string } | null }

const COLUMNS = ["branch", "id", "received_at", "source", "sku", "product", "serial_number", "reason", "held_by", "status", "rma_number", "cost", "currency"]

/**
 * Defective stock per branch (pending units unless `status` says otherwise): how many, their value
 * at cost (core's variant costs, summed in centavos; a written-off unit counts the cost it was
 * written off at) and the units. `format=csv` gives one row per unit with a header row.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, DefectiveReportType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { location_id, status, format } = req.validatedQuery
  const scope = await visibleBranches(req, location_id)
  const { data } = await query.graph({
    entity: "defective_unit",
    fields: ["id", "stock_location_id", "variant_id", "serial_number", "reason", "received_at", "source", "held_by", "disposal_status", "rma_number", "written_off_cost"],
    filters: { disposal_status: status, ...(scope.all ? {} : { stock_location_id: scope.ids }) },
    pagination: { order: { received_at: "ASC" } },
  })
  const units = data as Unit[]
  const variantIds = [...new Set(units.flatMap((u) => (u.variant_id ? [u.variant_id] : [])))]
  const locationIds = [...new Set(units.map((u) => u.stock_location_id))]
  const [{ data: variants }, { data: costs }, { data: branches }] = await Promise.all([
    variantIds.length ? query.graph({ entity: "product_variant", fields: ["id", "sku", "title", "product.title"], filters: { id: variantIds } }) : { data: [] },
    variantIds.length ? query.graph({ entity: "variant_cost", fields: ["variant_id", "amount", "currency_code"], filters: { variant_id: variantIds } }) : { data: [] },
    locationIds.length ? query.graph({ entity: "branch", fields: ["stock_location_id", "code"], filters: { stock_location_id: locationIds } }) : { data: [] },
  ])
  const variantOf = new Map((variants as Variant[]).map((v) => [v.id, v]))
  const costOf = new Map((costs as { variant_id: string; amount: number | string; currency_code: string }[]).map((c) => [c.variant_id, c]))
  const branchOf = new Map((branches as { stock_location_id: string; code: string }[]).map((b) => [b.stock_location_id, b]))

  const rows = units.map((u) => {
    const v = u.variant_id ? variantOf.get(u.variant_id) : undefined
    const c = u.variant_id ? costOf.get(u.variant_id) : undefined
    const amount = u.written_off_cost ?? c?.amount ?? null
    const cost_minor = amount === null ? null : toCentavos(amount)
    return {
      ...u,
      branch: branchOf.get(u.stock_location_id)?.code ?? u.stock_location_id,
      sku: v?.sku ?? null,
      product: v ? [v.product?.title, v.title].filter(Boolean).join(" ") : null,
      cost_minor,
      cost: cost_minor === null ? null : centavosDecimal(cost_minor),
      currency: c?.currency_code ?? null,
    }
  })

  if (format === "csv") {
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="defective-stock-${new Date().toISOString().slice(0, 10)}.csv"`)
    const csvRows = rows.map((r) => ({ ...r, received_at: new Date(r.received_at).toISOString(), status: r.disposal_status, cost: r.cost ?? "" }))
    res.send(stringify(csvRows, { header: true, columns: COLUMNS }))
    return
  }

  const byBranch = new Map<string, { stock_location_id: string; code: string; count: number; value_minor: number; value: string; currency_code: string | null; units: typeof rows }>()
  for (const r of rows) {
    const b = byBranch.get(r.stock_location_id) ?? {
      stock_location_id: r.stock_location_id,
      code: r.branch,
      count: 0,
      value_minor: 0,
      value: "0.00",
      currency_code: null,
      units: [],
    }
    b.count += 1
    b.value_minor += r.cost_minor ?? 0
    b.value = centavosDecimal(b.value_minor)
    b.currency_code ??= r.currency
    b.units.push(r)
    byBranch.set(r.stock_location_id, b)
  }
  res.json({ status, branches: [...byBranch.values()] })
}
