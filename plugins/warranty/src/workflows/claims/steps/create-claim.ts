import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../../modules/warranty"
import { OPEN_STATUSES, STATUS_LABELS, type ClaimType } from "../../../modules/warranty/lifecycle"
import type WarrantyModuleService from "../../../modules/warranty/service"
import type { ClaimWindow } from "../../../modules/warranty/window"
import type { SaleLine } from "../../../sales/find-sale-line"

export type CreateClaimInput = {
  sale: SaleLine
  serial_number: string
  type: ClaimType
  location_id: string
  issue: string
  filed_by: string
  window: ClaimWindow
  override_by: string | null
  override_reason: string | null
}

const openClaimConflict = (serial: string, claim?: { id: string; status: string }) =>
  new MedusaError(
    MedusaError.Types.CONFLICT,
    `Serial number ${serial} already has an open claim${claim ? ` (${claim.id}, ${STATUS_LABELS[claim.status as keyof typeof STATUS_LABELS]})` : ""}`
  )

/** Files the claim with its first step in the history; undo removes both. */
export const createClaimStep = createStep(
  "kassa-warranty-create-claim",
  async (input: CreateClaimInput, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const [open] = await warranty.listWarrantyClaims({ serial_number: input.serial_number, status: OPEN_STATUSES }, { select: ["id", "status"] })
    if (open) throw openClaimConflict(input.serial_number, open)
    const { sale, window } = input
    const note = input.override_by
      ? `Filed on day ${window.day} of a ${window.days}-day window by override: ${input.override_reason}`
      : `Filed on day ${window.day} of ${window.days}`
    try {
      const claim = await warranty.createWarrantyClaims({
        type: input.type,
        serial_number: input.serial_number,
        stock_location_id: input.location_id,
        order_id: sale.order_id,
        line_item_id: sale.line_item_id,
        product_id: sale.product_id,
        variant_id: sale.variant_id,
        product_title: sale.product_title,
        customer_id: sale.customer?.id ?? null,
        sold_at_location_id: sale.branch?.stock_location_id ?? null,
        sold_at: new Date(sale.sold_at),
        window_days: window.days,
        window_ends_on: window.ends_on,
        issue: input.issue,
        override_by: input.override_by,
        override_reason: input.override_reason,
        filed_by: input.filed_by,
      })
      // A step's own undo does not run when it throws: remove the claim if its history fails.
      await warranty.createClaimEvents({ claim_id: claim.id, from_status: null, to_status: "pending", actor_id: input.filed_by, note }).catch(async (e) => {
        await warranty.deleteWarrantyClaims(claim.id)
        throw e
      })
      return new StepResponse(claim, claim.id)
    } catch (e) {
      // Two counters filing for the same unit at once: the open-serial index lets one through.
      if (/IDX_kassa_warranty_claim_open_serial|already exists/i.test((e as Error).message)) throw openClaimConflict(input.serial_number)
      throw e
    }
  },
  async (claimId, { container }) => {
    if (!claimId) return
    await container.resolve<WarrantyModuleService>(WARRANTY_MODULE).deleteWarrantyClaims(claimId)
  }
)
