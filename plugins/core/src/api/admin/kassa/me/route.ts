import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { accessOf } from "../../../../access/access"
import { adminHomeFor, adminPagesFor } from "../../../../access/admin-pages"
import { listPlugins } from "../../../../access/registry"
import { isPluginOn } from "../../../../access/switches"
import { STAFF_MODULE } from "../../../../modules/staff"
import type StaffModuleService from "../../../../modules/staff/service"
import { listStaff } from "../staff/query"
import { listBranches } from "../branches/query"
import { updateOwnProfileWorkflow } from "../../../../workflows/staff"
import type { PostOwnProfileType } from "./validators"

/** The dashboard's profile page, where Medusa's MFA enrolment is. */
const ENROLMENT_PAGE = "/settings/profile"

/**
 * Who am I here: staff record, roles, policies, branches and which plugins are on at each.
 * The admin and the counter use it to hide what the server would refuse anyway; `admin` is where
 * the admin lands and which of the plugins' admin pages the caller may open.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const access = await accessOf(req).catch(() => null)
  if (!access?.staff) {
    res.json({ staff: null, roles: [], policies: [], branches: [] })
    return
  }
  const [staff] = await listStaff(req.scope, { id: access.staff.id })
  const second_factor = { required_by: access.staff.second_factor_roles, enrolled: !!access.staff.second_factor_since }
  if (access.enrolmentNeeded) {
    // Nothing but the enrolment until then: the admin sends them to their profile, the counter says so.
    res.json({
      staff,
      roles: [],
      policies: [],
      branches: [],
      second_factor,
      enrolment_needed: access.enrolmentNeeded,
      admin: { home: ENROLMENT_PAGE, pages: adminPagesFor(new Set()) },
    })
    return
  }
  const staffService: StaffModuleService = req.scope.resolve(STAFF_MODULE)
  const roles = await staffService.listStaffRoles({ id: access.staff.role_ids }, { select: ["id", "name", "policies"] })
  const branches = (await listBranches(req.scope)).filter((b) => access.atBranch(b.stock_location_id))
  const plugins = listPlugins()
  const withPlugins = await Promise.all(
    branches.map(async (b) => ({
      ...b,
      plugins: Object.fromEntries(await Promise.all(plugins.map(async (p) => [p.id, await isPluginOn(req.scope, p.id, b.stock_location_id)]))),
    }))
  )
  const policies = new Set(roles.flatMap((r) => r.policies as string[]))
  res.json({
    staff,
    roles,
    policies: [...policies],
    branches: withPlugins,
    second_factor,
    enrolment_needed: null,
    admin: { home: adminHomeFor(policies), pages: adminPagesFor(policies) },
  })
}

/** The caller's own name, phone and picture: any staff member, on their own record only. */
export const POST = async (req: AuthenticatedMedusaRequest<PostOwnProfileType>, res: MedusaResponse) => {
  const { staff } = await accessOf(req)
  if (!staff) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only staff have a Kassa profile")
  await updateOwnProfileWorkflow(req.scope).run({ input: { ...req.validatedBody, staff_id: staff.id, user_id: staff.user_id } })
  const [updated] = await listStaff(req.scope, { id: staff.id })
  res.json({ staff: updated })
}
