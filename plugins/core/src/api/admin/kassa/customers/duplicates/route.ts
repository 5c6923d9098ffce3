import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_MERGE_MODULE } from "../../../../../modules/customer-merge"
import type CustomerMergeModuleService from "../../../../../modules/customer-merge/service"
import type { GetDuplicatesType } from "../validators"

const FIELDS = ["id", "first_name", "last_name", "email", "phone", "has_account", "created_at"]

/** Groups of likely duplicate customers (same phone, e-mail or name), a page at a time, each with its customers. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, GetDuplicatesType>, res: MedusaResponse) => {
  const { kind, offset, limit } = req.validatedQuery
  const merges: CustomerMergeModuleService = req.scope.resolve(CUSTOMER_MERGE_MODULE)
  const { groups, count } = await merges.duplicateGroups({ kind, offset, limit })
  const ids = [...new Set(groups.flatMap((g) => g.customer_ids))]
  const { data } = ids.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "customer", fields: FIELDS, filters: { id: ids } })
    : { data: [] as Record<string, unknown>[] }
  const byId = new Map(data.map((c) => [c.id as string, c]))
  res.json({
    duplicates: groups.map((g) => ({ kind: g.kind, key: g.key, customers: g.customer_ids.map((id) => byId.get(id)).filter(Boolean) })),
    count,
    offset,
    limit,
  })
}
