import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STAFF_MODULE } from "../../../../modules/staff"
import type StaffModuleService from "../../../../modules/staff/service"
import { saveRoleWorkflow } from "../../../../workflows/roles"
import type { PostRoleType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const roles = await req.scope.resolve<StaffModuleService>(STAFF_MODULE).listStaffRoles({}, { order: { name: "ASC" } })
  res.json({ roles, count: roles.length })
}

export const POST = async (req: AuthenticatedMedusaRequest<PostRoleType>, res: MedusaResponse) => {
  const { result } = await saveRoleWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ role: result })
}
