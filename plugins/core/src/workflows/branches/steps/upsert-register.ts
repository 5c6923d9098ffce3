import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRANCH_MODULE } from "../../../modules/branch"
import type BranchModuleService from "../../../modules/branch/service"
import { definedOnly } from "../../../utils/defined"

export type RegisterInput = { id?: string; branch_id?: string; name?: string; code?: string; is_active?: boolean }

type Undo = { createdId?: string; previous?: { id: string; name: string; code: string; is_active: boolean } }

/** Creates a register (with branch_id) or changes one (with id); undo reverses it. */
export const upsertRegisterStep = createStep(
  "upsert-register",
  async (input: RegisterInput, { container }) => {
    const service: BranchModuleService = container.resolve(BRANCH_MODULE)
    const before = input.id ? await service.retrieveRegister(input.id, { relations: ["branch"] }) : null
    const branchId = input.branch_id ?? before!.branch.id
    if (input.code && input.code !== before?.code) {
      const [taken] = await service.listRegisters({ branch_id: branchId, code: input.code }, { relations: ["branch"] })
      if (taken) {
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Branch ${taken.branch.code} already has a register with the code ${input.code}`)
      }
    }
    if (!before) {
      const { name, code, is_active } = input
      const created = await service.createRegisters(definedOnly({ branch_id: branchId, name: name!, code: code!, is_active }))
      return new StepResponse(created, { createdId: created.id } as Undo)
    }
    const updated = await service.updateRegisters({ id: before.id, ...definedOnly({ name: input.name, code: input.code, is_active: input.is_active }) })
    const previous = { id: before.id, name: before.name, code: before.code, is_active: before.is_active }
    return new StepResponse(updated, { previous } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: BranchModuleService = container.resolve(BRANCH_MODULE)
    if (undo.createdId) await service.deleteRegisters(undo.createdId)
    if (undo.previous) await service.updateRegisters(undo.previous)
  }
)
