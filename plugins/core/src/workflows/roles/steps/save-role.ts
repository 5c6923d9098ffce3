import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"
import { definedOnly } from "../../../utils/defined"

export type RoleInput = { id?: string; name?: string; description?: string | null; policies?: string[]; requires_second_factor?: boolean }
type Previous = { id: string; name: string; description: string | null; policies: string[]; requires_second_factor: boolean }
type Undo = { createdId?: string; previous?: Previous }

/** Creates a role (no id) or changes one; undo reverses it. */
export const saveRoleStep = createStep(
  "save-role",
  async (input: RoleInput, { container }) => {
    const service: StaffModuleService = container.resolve(STAFF_MODULE)
    if (!input.id) {
      if (!input.name || !input.policies) throw new MedusaError(MedusaError.Types.INVALID_DATA, "A new role needs a name and policies")
      const created = await service.createStaffRoles({
        name: input.name,
        description: input.description,
        policies: input.policies,
        requires_second_factor: input.requires_second_factor ?? false,
      })
      return new StepResponse(created, { createdId: created.id } as Undo)
    }
    const before = await service.retrieveStaffRole(input.id)
    const updated = await service.updateStaffRoles({
      id: input.id,
      ...definedOnly({ name: input.name, description: input.description, policies: input.policies, requires_second_factor: input.requires_second_factor }),
    })
    const previous: Previous = {
      id: before.id,
      name: before.name,
      description: before.description,
      policies: before.policies as string[],
      requires_second_factor: before.requires_second_factor,
    }
    return new StepResponse(updated, { previous } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: StaffModuleService = container.resolve(STAFF_MODULE)
    if (undo.createdId) await service.deleteStaffRoles(undo.createdId)
    if (undo.previous) await service.updateStaffRoles(undo.previous)
  }
)
