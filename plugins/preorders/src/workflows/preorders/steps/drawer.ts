import { openDrawerSessionOf } from "@kassa/pos/kit"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Cash taken or given here needs an open drawer of a register at this branch: checked before
 * anything is written, so a missing or closed drawer refuses the whole call (the movement itself
 * is made after the record, with its number, by the POS kit's drawerCashStep, which checks again).
 */
export const checkCashDrawerStep = createStep(
  "kassa-preorders-check-cash-drawer",
  async (input: { cash: boolean; register_id?: string | null; location_id: string }, { container }) => {
    if (!input.cash) return new StepResponse(null)
    const { session_id } = await openDrawerSessionOf(container, input.register_id, input.location_id)
    return new StepResponse(session_id)
  }
)

/** "Pre-order PO-MNL-000001" or "Layaway LA-MNL-000001": what a drawer movement's reason names. */
export const recordName = (number: string) => `${number.startsWith("LA-") ? "Layaway" : "Pre-order"} ${number}`

/** A payment's receipt number (PO-MNL-000001-2) less its sequence: the record's number. */
export const numberOfReceipt = (receipt: string) => receipt.replace(/-\d+$/, "")
