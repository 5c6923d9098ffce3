import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { forgetPluginSwitches } from "../../../access/switches"
import { branchCloseObjections } from "../../../branches/close-checks"
import { BRANCH_MODULE } from "../../../modules/branch"
import type BranchModuleService from "../../../modules/branch/service"

export type CloseBranchInput = { stock_location_id: string; reason: string; closed_by: string }

type Before = { id: string; register_ids: string[] }

/**
 * Closes an open branch once every plugin's check passes (the POS: no open drawer): its active
 * registers are retired and remembered, and the branch is marked closed with who, when and why.
 * Undone, the registers are active again and the branch open.
 */
export const closeBranchStep = createStep(
  "kassa-close-branch",
  async (input: CloseBranchInput, { container }) => {
    const service: BranchModuleService = container.resolve(BRANCH_MODULE)
    const [branch] = await service.listBranches({ stock_location_id: input.stock_location_id }, { relations: ["registers"] })
    if (!branch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location ${input.stock_location_id} is not a Kassa branch`)
    if (branch.closed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Branch ${branch.code} is already closed`)
    const objections = await branchCloseObjections(container, input.stock_location_id)
    if (objections.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Branch ${branch.code} cannot close yet: ${objections.join("; ")}`)
    const active = branch.registers.filter((r) => r.is_active).map((r) => r.id)
    if (active.length) await service.updateRegisters(active.map((id) => ({ id, is_active: false })))
    await service.updateBranches({ id: branch.id, closed_at: new Date(), closed_by: input.closed_by, close_reason: input.reason, closed_register_ids: active as unknown as Record<string, unknown> })
    forgetPluginSwitches()
    return new StepResponse({ id: branch.id, code: branch.code }, { id: branch.id, register_ids: active } as Before)
  },
  async (before, { container }) => {
    if (!before) return
    const service: BranchModuleService = container.resolve(BRANCH_MODULE)
    if (before.register_ids.length) await service.updateRegisters(before.register_ids.map((id) => ({ id, is_active: true })))
    await service.updateBranches({ id: before.id, closed_at: null, closed_by: null, close_reason: null, closed_register_ids: null })
    forgetPluginSwitches()
  }
)

/** Reopens a closed branch: the registers its close retired are active again. Undone, it is closed as before. */
export const reopenBranchStep = createStep(
  "kassa-reopen-branch",
  async (input: { stock_location_id: string }, { container }) => {
    const service: BranchModuleService = container.resolve(BRANCH_MODULE)
    const [branch] = await service.listBranches({ stock_location_id: input.stock_location_id })
    if (!branch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location ${input.stock_location_id} is not a Kassa branch`)
    if (!branch.closed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Branch ${branch.code} is open`)
    const retired = ((branch.closed_register_ids as unknown as string[] | null) ?? []).filter(Boolean)
    // A register deleted while the branch was closed stays deleted.
    const present = retired.length ? (await service.listRegisters({ id: retired }, { select: ["id"] })).map((r) => r.id) : []
    if (present.length) await service.updateRegisters(present.map((id) => ({ id, is_active: true })))
    const before = { id: branch.id, closed_at: branch.closed_at, closed_by: branch.closed_by, close_reason: branch.close_reason, closed_register_ids: retired, reactivated: present }
    await service.updateBranches({ id: branch.id, closed_at: null, closed_by: null, close_reason: null, closed_register_ids: null })
    forgetPluginSwitches()
    return new StepResponse({ id: branch.id, code: branch.code }, before)
  },
  async (before, { container }) => {
    if (!before) return
    const service: BranchModuleService = container.resolve(BRANCH_MODULE)
    if (before.reactivated.length) await service.updateRegisters(before.reactivated.map((id) => ({ id, is_active: false })))
    await service.updateBranches({
      id: before.id,
      closed_at: before.closed_at,
      closed_by: before.closed_by,
      close_reason: before.close_reason,
      closed_register_ids: before.closed_register_ids as unknown as Record<string, unknown>,
    })
    forgetPluginSwitches()
  }
)
