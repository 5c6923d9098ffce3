import { visibleBranches } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { CLAIM_STATUSES, CLAIM_TYPES } from "../../../../../modules/warranty/lifecycle"
import { resolvePolicies } from "../../../../../coverage-rules/resolve-policies"
import type { FiguresType } from "../validators"

/** Units of a product sold on orders that still count (not canceled), each line at its latest version. */
async function unitsSold(pg: Knex, productId: string) {
  const [row] = await pg("order_item as oi")
    .join("order as o", function () {
      this.on("o.id", "oi.order_id").andOn("o.version", "oi.version")
    })
    .join("order_line_item as li", "li.id", "oi.item_id")
    .where("li.product_id", productId)
    .whereNot("o.status", "canceled")
    .whereNull("o.deleted_at")
    .whereNull("oi.deleted_at")
    .sum({ units: "oi.quantity" })
  return Number(row?.units ?? 0)
}

/** The store's default currency: claims' parts and labour are costed in it. */
async function storeCurrency(scope: MedusaContainer) {
  const [store] = await scope.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
  return store?.supported_currencies?.find((c) => c.is_default)?.currency_code ?? store?.supported_currencies?.[0]?.currency_code ?? "php"
}

/** Claims per hundred units sold (a percentage), with the warranty the product carries. */
async function productFigures(scope: MedusaContainer, pg: Knex, productId: string, claims: number) {
  const units = await unitsSold(pg, productId)
  const policy = (await resolvePolicies(scope, [productId])).get(productId)!
  return { units_sold: units, claims, claim_rate: units ? Math.round((claims / units) * 10000) / 100 : null, policy }
}

/**
 * The dashboard's figures: claims by status, repair against replacement with their cost impact
 * (parts + labour), defective units awaiting disposal; for one product also its claim rate.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, FiguresType>, res: MedusaResponse) => {
  const f = req.validatedQuery
  const pg: Knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const branches = await visibleBranches(req, f.location_id)
  const claims = pg("kassa_warranty_claim").whereNull("deleted_at")
  if (!branches.all) claims.whereIn("stock_location_id", branches.ids)
  if (f.product_id) claims.where("product_id", f.product_id)
  if (f.customer_id) claims.where("customer_id", f.customer_id)
  if (f.from) claims.where("created_at", ">=", `${f.from}T00:00:00Z`)
  if (f.to) claims.whereRaw(`created_at < (?::date + 1)`, [f.to])
  const rows: { status: string; type: string; count: string; cost: string | null }[] = await claims
    .select("status", "type")
    .count({ count: "*" })
    .select(pg.raw("sum(parts_cost + labour_cost) as cost"))
    .groupBy("status", "type")

  const by_status = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, rows.filter((r) => r.status === s).reduce((n, r) => n + Number(r.count), 0)]))
  // Costs add up as decimals (MathBN), never as floats.
  const costOf = (of: typeof rows) => of.reduce((sum, r) => MathBN.add(sum, r.cost ?? 0), MathBN.convert(0))
  const by_type = Object.fromEntries(
    CLAIM_TYPES.map((t) => {
      const of = rows.filter((r) => r.type === t)
      return [t, { count: of.reduce((n, r) => n + Number(r.count), 0), cost: costOf(of).toFixed(2) }]
    })
  )
  const total = rows.reduce((n, r) => n + Number(r.count), 0)
  const defective = pg("kassa_warranty_defective_unit").whereNull("deleted_at").where("disposal_status", "pending")
  if (!branches.all) defective.whereIn("stock_location_id", branches.ids)
  const [{ pending }] = await defective.count({ pending: "*" })

  const product = f.product_id ? await productFigures(req.scope, pg, f.product_id, total) : null
  res.json({
    figures: {
      total,
      by_status,
      by_type,
      cost_impact: costOf(rows).toFixed(2),
      currency_code: await storeCurrency(req.scope),
      defective_pending: Number(pending),
      product,
    },
  })
}
