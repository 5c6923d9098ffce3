import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRANCH_MODULE } from "../../../modules/branch"
import type BranchModuleService from "../../../modules/branch/service"

export type BranchDetails = {
  stock_location_id: string
  sales_channel_id?: string | null
  code?: string
  address?: string | null
  phone?: string | null
  tax_id?: string | null
  receipt_header?: string | null
  receipt_footer?: string | null
  timezone?: string
}

type Undo = { createdId?: string; previous?: { id: string } & Partial<BranchDetails> }

const FIELDS = ["code", "sales_channel_id", "address", "phone", "tax_id", "receipt_header", "receipt_footer", "timezone"] as const

/** Creates the Kassa details of a stock location, or changes the given ones; undo restores them. */
export const upsertBranchStep = createStep(
  "upsert-branch",
  async (input: BranchDetails, { container }) => {
    const service: BranchModuleService = container.resolve(BRANCH_MODULE)
    const [existing] = await service.listBranches({ stock_location_id: input.stock_location_id })
    if (!existing) {
      if (!input.code) throw new MedusaError(MedusaError.Types.INVALID_DATA, "A new branch needs a code, e.g. MNL")
      const created = await service.createBranches({ ...input, code: input.code })
      return new StepResponse(created, { createdId: created.id } as Undo)
    }
    const previous = Object.fromEntries(FIELDS.map((f) => [f, existing[f]]))
    const updated = await service.updateBranches({ id: existing.id, ...input })
    return new StepResponse(updated, { previous: { id: existing.id, ...previous } } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: BranchModuleService = container.resolve(BRANCH_MODULE)
    if (undo.createdId) await service.deleteBranches(undo.createdId)
    if (undo.previous) await service.updateBranches(undo.previous)
  }
)
