import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

/** Removes a custom role nobody holds; default roles and roles in use are refused. */
export const deleteRoleStep = createStep(
  "delete-role",
  async (id: string, { container }) => {
    const service: StaffModuleService = container.resolve(STAFF_MODULE)
    const role = await service.retrieveStaffRole(id)
    if (role.is_system) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${role.name} is a default role: edit it instead`)
    const holders = (await service.listStaffMembers({}, { select: ["id", "role_ids"] })).filter((s) => (s.role_ids as string[]).includes(id))
    if (holders.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${role.name} is held by ${holders.length} staff member(s): take it from them first`)
    }
    await service.softDeleteStaffRoles(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<StaffModuleService>(STAFF_MODULE).restoreStaffRoles(id)
  }
)
