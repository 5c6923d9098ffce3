import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"
import type { StaffInput } from "../../../modules/staff/service"
import { refuseLastOwner } from "../../archives/steps/staff-archive"

const RESTORABLE = [
  "role_ids", "branch_ids", "all_branches", "phone", "hire_date", "avatar_url", "is_active", "commission_rate",
  "pin_hash", "pin_failed_count", "pin_locked_until", "archived_at", "archived_by", "archive_reason",
] as const

/** Changes the given staff fields (a PIN is hashed); undo writes back every field as it was. */
export const updateStaffMemberStep = createStep(
  "update-staff-member",
  async ({ id, ...patch }: Partial<StaffInput> & { id: string }, { container }) => {
    const service: StaffModuleService = container.resolve(STAFF_MODULE)
    const before = await service.retrieveStaffMember(id)
    if (patch.is_active === false && before.is_active) await refuseLastOwner(service, id)
    const updated = await service.updateStaff(id, patch)
    // Reactivated through this route: no longer archived either (as restoring does).
    if (patch.is_active === true && before.archived_at) await service.updateStaffMembers({ id, archived_at: null, archived_by: null, archive_reason: null })
    const previous = { id, ...Object.fromEntries(RESTORABLE.map((f) => [f, before[f]])) }
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<StaffModuleService>(STAFF_MODULE).updateStaffMembers(previous)
  }
)
