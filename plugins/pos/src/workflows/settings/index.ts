import { createStep, createWorkflow, StepResponse, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../modules/pos"
import type PosModuleService from "../../modules/pos/service"

type SettingsInput = {
  stock_location_id: string
  receipt_pattern?: string
  allow_negative_stock?: boolean
  other_tenders?: { id: string; label: string }[]
  warranty_terms?: string
  return_approval_amount?: number
  return_approval_days?: number
  return_request_days?: number
  email_receipts?: boolean
}

/** Saves a branch's counter settings; the compensation puts the previous ones back. */
const updatePosSettingsStep = createStep(
  "kassa-pos-update-settings",
  async ({ stock_location_id, other_tenders, ...rest }: SettingsInput, { container }) => {
    const pos: PosModuleService = container.resolve(POS_MODULE)
    const before = await pos.settingsFor(stock_location_id)
    const patch = { ...rest, ...(other_tenders ? { other_tenders: { methods: other_tenders } } : {}) }
    const previous = Object.fromEntries(Object.keys(patch).map((k) => [k, (before as Record<string, unknown>)[k]]))
    await pos.updateBranchSettings({ id: before.id, ...patch })
    return new StepResponse(null, { id: before.id, previous })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve<PosModuleService>(POS_MODULE).updateBranchSettings({ id: undo.id, ...undo.previous })
  }
)

export const updatePosSettingsWorkflow = createWorkflow("kassa-pos-update-settings", (input: WorkflowData<SettingsInput>) => {
  return new WorkflowResponse(updatePosSettingsStep(input))
})
