import { accessOf } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { countTotal } from "../../../../../drawer/denominations"
import { POS_MODULE } from "../../../../../modules/pos"
import type PosModuleService from "../../../../../modules/pos/service"
import { registerLocation } from "../../../../branch-of-register"
import { staffNames } from "../../../../../sale/staff-names"
import { openDrawerSessionWorkflow } from "../../../../../workflows/drawer"
import type { ListDrawerSessionsType, OpenDrawerType } from "./validators"

/**
 * A branch's drawer sessions, newest first (the counter asks for its register's open one), with
 * the names of who opened and closed each (one query for the page).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListDrawerSessionsType>, res: MedusaResponse) => {
  const { location_id, register_id, status, opened_from, opened_to, limit, offset } = req.validatedQuery
  const opened = { ...(opened_from ? { $gte: opened_from } : {}), ...(opened_to ? { $lt: opened_to } : {}) }
  const [sessions, count] = await req.scope.resolve<PosModuleService>(POS_MODULE).listAndCountDrawerSessions(
    {
      stock_location_id: location_id,
      ...(register_id ? { register_id } : {}),
      ...(status ? { status } : {}),
      ...(Object.keys(opened).length ? { opened_at: opened } : {}),
    },
    { order: { opened_at: "DESC" }, take: limit, skip: offset }
  )
  const names = await staffNames(req.scope, sessions.flatMap((s) => [s.opened_by, s.closed_by ?? ""]))
  res.json({
    drawer_sessions: sessions.map((s) => ({
      ...s,
      opened_by_name: names.get(s.opened_by) ?? null,
      closed_by_name: s.closed_by ? names.get(s.closed_by) ?? null : null,
    })),
    count,
    offset,
    limit,
  })
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
