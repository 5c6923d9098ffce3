import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { logShelfUnitWorkflow } from "../../../../../workflows/defective"
import { actorOf } from "../actor"
import { defectiveFields } from "../query-config"
import type { ListDefectiveType, ShelfUnitType } from "../validators"

type Unit = { variant_id: string | null } & Record<string, unknown>

/** A branch's defective stock, newest first, with each unit's product and variant names. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListDefectiveType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { location_id, disposal_status } = req.validatedQuery
  const { data, metadata } = await query.graph({
    entity: "defective_unit",
    fields: req.queryConfig.fields,
    filters: { stock_location_id: location_id, ...(disposal_status ? { disposal_status } : {}) },
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination.order ?? { received_at: "DESC" } },
  })
  const units = data as Unit[]
  const variantIds = [...new Set(units.flatMap((u) => (u.variant_id ? [u.variant_id] : [])))]
  const { data: variants } = variantIds.length
    ? await query.graph({ entity: "product_variant", fields: ["id", "title", "sku", "product.title"], filters: { id: variantIds } })
    : { data: [] }
  const byId = new Map((variants as { id: string; title: string; sku: string | null; product: { title: string } }[]).map((v) => [v.id, v]))
  const defective_units = units.map((u) => {
    const v = u.variant_id ? byId.get(u.variant_id) : undefined
    return { ...u, product_title: v ? `${v.product.title} ${v.title}` : null, sku: v?.sku ?? null }
  })
  res.json({ defective_units, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

/** Books a unit found faulty on the shelf, holding one unit of the variant at the branch (400 when none is available). */
export const POST = async (req: AuthenticatedMedusaRequest<ShelfUnitType>, res: MedusaResponse) => {
  const { staff_id } = await actorOf(req)
  const { result } = await logShelfUnitWorkflow(req.scope).run({ input: { ...req.validatedBody, actor_id: staff_id } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "defective_unit", fields: defectiveFields, filters: { id: result.id } })
  res.status(201).json({ defective_unit: data[0] })
}
