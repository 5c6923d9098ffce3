import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ListDefectiveType } from "../validators"

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
