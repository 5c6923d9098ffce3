import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

/** Ends one of the staff member's own open sessions (a device left signed in): its token opens nothing after. */
export const endStaffSessionStep = createStep(
  "kassa-core-end-staff-session",
  async ({ staff_id, session_id }: { staff_id: string; session_id: string }, { container }) => {
    const service = container.resolve<StaffModuleService>(STAFF_MODULE)
    const [session] = await service.listStaffSessions({ id: session_id, staff_member_id: staff_id }, { select: ["id", "ended_at"] })
    if (!session) throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no session ${session_id}`)
    if (session.ended_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This session has already ended")
    const [ended] = await service.updateStaffSessions([{ id: session.id, ended_at: new Date() }])
    return new StepResponse(ended, session.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<StaffModuleService>(STAFF_MODULE).updateStaffSessions([{ id, ended_at: null }])
  }
)
