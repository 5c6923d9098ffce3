import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTALLMENTS_MODULE } from "../../../modules/installments"
import type InstallmentsModuleService from "../../../modules/installments/service"

export type TermsPatch = {
  term_months?: number[]
  min_down_payment_percent?: number
  interest_method?: "add_on" | "flat_monthly"
  add_on_rates?: Record<string, number>
  monthly_rate?: number
  processing_fee_type?: "fixed" | "percent"
  processing_fee?: number
  late_fee_type?: "fixed" | "percent"
  late_fee?: number
  late_fee_grace_days?: number
  late_fee_period_days?: number
  reminder_days_before?: number
  auto_approve_max?: number | null
  receipt_prefix?: string
}

/** Changes a branch's terms (plans already sold keep theirs); undone, the previous values return. */
export const updateTermsStep = createStep(
  "kassa-installments-update-terms",
  async ({ location_id, patch }: { location_id: string; patch: TermsPatch }, { container }) => {
    const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
    const before = (await service.termsFor(location_id)) as unknown as Record<string, unknown> & { id: string }
    const next = { ...before, ...patch } as Required<TermsPatch>
    const missing = next.interest_method === "add_on" ? next.term_months.filter((m) => next.add_on_rates[String(m)] == null) : []
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `add_on_rates needs a rate for ${missing.join(", ")} months (the add-on method prices each term)`)
    }
    await service.updateInstallmentTerms({ id: before.id, ...patch })
    const previous = Object.fromEntries(Object.keys(patch).map((k) => [k, before[k]]))
    return new StepResponse(before.id, { id: before.id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<InstallmentsModuleService>(INSTALLMENTS_MODULE).updateInstallmentTerms({ id: undo.id, ...undo.previous })
  }
)
