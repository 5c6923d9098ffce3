import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

export type ArchiveStaffInput = { staff_id: string; reason: string; archived_by: string }

type Before = { id: string; is_active: boolean; archived_at: Date | null; archived_by: string | null; archive_reason: string | null }

/**
 * The staff who hold every policy ("*", the Owner) and are active. Archiving the last of them
 * would leave nobody able to manage roles or restore anyone.
 */
export async function activeOwnerIds(service: StaffModuleService) {
  const owners = (await service.listStaffRoles({}, { select: ["id", "policies"] })).filter((r) => (r.policies as string[]).includes("*")).map((r) => r.id)
  const active = await service.listStaffMembers({ is_active: true }, { select: ["id", "role_ids"] })
  return active.filter((s) => (s.role_ids as string[]).some((id) => owners.includes(id))).map((s) => s.id)
}

/** Refuses to deactivate the only active owner (archiving, or `is_active: false` on the staff route). */
export async function refuseLastOwner(service: StaffModuleService, staffId: string) {
  const owners = await activeOwnerIds(service)
  if (owners.includes(staffId) && owners.length === 1) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This is the last active owner: make someone else an owner first")
  }
}

const snapshot = (s: Before): Before => ({ id: s.id, is_active: s.is_active, archived_at: s.archived_at, archived_by: s.archived_by, archive_reason: s.archive_reason })

/**
 * Archives a staff member: inactive (core's access check refuses their next request, whatever
 * token they hold; the counter's PIN and agent pickers list active staff only) with who, when and
 * why. Nobody archives themselves, nor the last active owner. Undone, the record is as it was.
 */
export const archiveStaffStep = createStep(
  "kassa-archive-staff",
  async (input: ArchiveStaffInput, { container }) => {
    const service: StaffModuleService = container.resolve(STAFF_MODULE)
    const staff = await service.retrieveStaffMember(input.staff_id)
    if (staff.archived_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This staff member is already archived")
    if (staff.user_id === input.archived_by) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You cannot archive yourself")
    await refuseLastOwner(service, staff.id)
    const before = snapshot(staff as unknown as Before)
    await service.updateStaffMembers({ id: staff.id, is_active: false, archived_at: new Date(), archived_by: input.archived_by, archive_reason: input.reason })
    return new StepResponse({ id: staff.id }, before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<StaffModuleService>(STAFF_MODULE).updateStaffMembers(before)
  }
)

/** Restores an archived staff member: active again, the archive record cleared. */
export const restoreStaffStep = createStep(
  "kassa-restore-staff",
  async (input: { staff_id: string }, { container }) => {
    const service: StaffModuleService = container.resolve(STAFF_MODULE)
    const staff = await service.retrieveStaffMember(input.staff_id)
    if (!staff.archived_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This staff member is not archived")
    const before = snapshot(staff as unknown as Before)
    await service.updateStaffMembers({ id: staff.id, is_active: true, archived_at: null, archived_by: null, archive_reason: null })
    return new StepResponse({ id: staff.id }, before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<StaffModuleService>(STAFF_MODULE).updateStaffMembers(before)
  }
)
