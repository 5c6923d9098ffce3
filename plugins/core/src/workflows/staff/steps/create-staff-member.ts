import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"
import type { StaffInput } from "../../../modules/staff/service"

/** Staff details for an existing user, validated by the staff module; undo deletes them. */
export const createStaffMemberStep = createStep(
  "create-staff-member",
  async (input: StaffInput, { container }) => {
    const service: StaffModuleService = container.resolve(STAFF_MODULE)
    const [staff] = await service.createStaff([input])
    return new StepResponse(staff, staff.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<StaffModuleService>(STAFF_MODULE).deleteStaffMembers(id)
  }
)
