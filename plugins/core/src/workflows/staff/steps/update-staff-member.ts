import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"
import type { StaffInput } from "../../../modules/staff/service"
import { refuseLastOwner } from "../../archives/steps/staff-archive"

const RESTORABLE = [
  "role_ids", "branch_ids", "all_branches", "phone", "hire_date", "avatar_url", "is_active", "commission_rate",
  "pin_hash", "pin_failed_count", "pin_locked_until",
] as const

/** Changes the given staff fields (a PIN is hashed); undo writes back every field as it was. */
export const updateStaffMemberStep = createStep(
  "update-staff-member",
  async ({ id, ...patch }: Partial<StaffInput> & { id: string }, { container }) => {
    const service: StaffModuleService = container.resolve(STAFF_MODULE)
    const before = await service.retrieveStaffMember(id)
    if (patch.is_active === false && before.is_active) await refuseLastOwner(service, id)
    const updated = await service.updateStaff(id, patch)
    const previous = { id, ...Object.fromEntries(RESTORABLE.map((f) => [f, before[f]])) }
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<StaffModuleService>(STAFF_MODULE).updateStaffMembers(previous)
  }
)
