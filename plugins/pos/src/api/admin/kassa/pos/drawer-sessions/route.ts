import { accessOf } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { countTotal } from "../../../../../drawer/denominations"
import { POS_MODULE } from "../../../../../modules/pos"
import type PosModuleService from "../../../../../modules/pos/service"
import { registerLocation } from "../../../../branch-of-register"
import { openDrawerSessionWorkflow } from "../../../../../workflows/drawer"
import type { ListDrawerSessionsType, OpenDrawerType } from "./validators"

/** A branch's drawer sessions, newest first (the counter asks for its register's open one). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListDrawerSessionsType>, res: MedusaResponse) => {
  const { location_id, register_id, status, limit } = req.validatedQuery
  const sessions = await req.scope.resolve<PosModuleService>(POS_MODULE).listDrawerSessions(
    { stock_location_id: location_id, ...(register_id ? { register_id } : {}), ...(status ? { status } : {}) },
    { order: { opened_at: "DESC" }, take: limit }
  )
  res.json({ drawer_sessions: sessions })
}

/** Opens the register's drawer with its counted float; a second open while one is open is a 409. */
export const POST = async (req: AuthenticatedMedusaRequest<OpenDrawerType>, res: MedusaResponse) => {
  const { register_id, denominations, opening_float } = req.validatedBody
  const access = await accessOf(req)
  if (!access.staff) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A drawer is opened by a staff member, not an API key")
  const float = denominations ? countTotal(denominations) : opening_float!
  if (denominations && opening_float != null && opening_float !== float) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The denominations add up to ${float.toFixed(2)}, not the opening_float ${opening_float.toFixed(2)}`)
  }
  const { result } = await openDrawerSessionWorkflow(req.scope).run({
    input: { register_id, stock_location_id: await registerLocation(req.scope, register_id), opening_float: float, denominations: denominations ?? null, opened_by: access.staff.id },
  })
  res.status(201).json({ drawer_session: result })
}
