import { STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTALLMENTS_MODULE } from "../../../modules/installments"
import type InstallmentsModuleService from "../../../modules/installments/service"

export type CreditOfficerDetails = { approval_limit?: number | null; security_level?: number }
type Undo = { id: string; previous: CreditOfficerDetails | null }

/**
 * Sets a staff member's approval limit and security level (created, or updated in place). The
 * row is keyed by core's staff member id, which nothing checks but this step.
 */
export const saveCreditOfficerStep = createStep(
  "kassa-installments-save-credit-officer",
  async ({ staff_member_id, details }: { staff_member_id: string; details: CreditOfficerDetails }, { container }) => {
    const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
    if (!(await staff.listStaffMembers({ id: staff_member_id }, { select: ["id"] })).length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No staff member ${staff_member_id}`)
    }
    const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
    const [existing] = await service.listCreditOfficers({ staff_member_id })
    if (!existing) {
      const created = await service.createCreditOfficers({ staff_member_id, ...details })
      return new StepResponse<string, Undo>(created.id, { id: created.id, previous: null })
    }
    const previous = { approval_limit: existing.approval_limit as unknown as number | null, security_level: existing.security_level }
    await service.updateCreditOfficers({ id: existing.id, ...details })
    return new StepResponse<string, Undo>(existing.id, { id: existing.id, previous })
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
    if (undo.previous) await service.updateCreditOfficers({ id: undo.id, ...undo.previous })
    else await service.deleteCreditOfficers(undo.id)
  }
)
