import { visibleBranches } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { startCountWorkflow } from "../../../../../workflows/counts"
import type { ListCountsType, StartCountType } from "../validators"
import { COUNT_LIST_FIELDS, countView } from "./count-view"

/** Counts of the branch asked for (else every branch the caller sees), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { location_id, status, offset, limit } = req.validatedQuery as ListCountsType
  const scope = await visibleBranches(req, location_id)
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "stock_count",
    fields: COUNT_LIST_FIELDS,
    filters: { ...(scope.all ? {} : { location_id: scope.ids }), ...(status ? { status } : {}) },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  })
  res.json({ counts: data, count: metadata?.count ?? data.length, offset, limit })
}

/** A count begins at a location: the system's quantities snapshotted now. */
export const POST = async (req: AuthenticatedMedusaRequest<StartCountType>, res: MedusaResponse) => {
  const { result } = await startCountWorkflow(req.scope).run({ input: { ...req.validatedBody, started_by: req.auth_context.actor_id } })
  res.status(201).json({ stock_count: await countView(req.scope, result) })
}
