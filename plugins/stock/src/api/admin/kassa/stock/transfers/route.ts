import { visibleBranches } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { requestTransferWorkflow } from "../../../../../workflows/transfers"
import type { ListTransfersType, RequestTransferType } from "../validators"
import { TRANSFER_FIELDS, transferView } from "./transfer-view"

/** Transfers from or to the branch asked for (else every branch the caller sees), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { location_id, status, offset, limit } = req.validatedQuery as ListTransfersType
  const scope = await visibleBranches(req, location_id)
  const sides = scope.all ? {} : { $or: [{ from_location_id: scope.ids }, { to_location_id: scope.ids }] }
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "stock_transfer",
    fields: TRANSFER_FIELDS,
    filters: { ...sides, ...(status ? { status } : {}) },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  })
  res.json({ transfers: data, count: metadata?.count ?? data.length, offset, limit })
}

/** A transfer requested from a branch: its units reserved there at once. */
export const POST = async (req: AuthenticatedMedusaRequest<RequestTransferType>, res: MedusaResponse) => {
  const { result } = await requestTransferWorkflow(req.scope).run({ input: { ...req.validatedBody, requested_by: req.auth_context.actor_id } })
  res.status(201).json({ transfer: await transferView(req.scope, result.id) })
}
