import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { allocateAt, type Allocated, handOverAt, releaseAt } from "../../../stock/reservations"
import { tellCustomers } from "../notify"

/**
 * Reserves units for the branch's waiting pre-orders of these items (oldest first), or for
 * `only` these (a layaway: refused when short). Undone by giving the units back and the
 * pre-orders their waiting status.
 */
export const allocateStep = createStep(
  "kassa-preorders-allocate",
  async (input: { location_id: string; inventory_item_ids: string[]; only?: string[]; created_by?: string | null; branch_name?: string }, { container }) => {
    const allocated = await allocateAt(container, input.location_id, input.inventory_item_ids, { only: input.only, created_by: input.created_by, branchName: input.branch_name })
    return new StepResponse(allocated, { location_id: input.location_id, allocated })
  },
  async (undo, { container }) => {
    if (undo?.allocated.length) await releaseAt(container, undo.location_id, undo.allocated, "awaiting_stock")
  }
)

/** The customers whose goods were just reserved are e-mailed (the last step: nothing after it to undo). */
export const tellCustomersStep = createStep("kassa-preorders-tell-customers", async (input: { allocated: Allocated[]; kind?: string }, { container }) => {
  const sent = await tellCustomers(container, input.allocated.map((a) => a.preorder_id), false)
  return new StepResponse(sent)
})

/** A closed pre-order's units back on the shelf (the last write of a cancel or an expiry). */
export const releaseStep = createStep(
  "kassa-preorders-release",
  async (input: { location_id: string; released: { preorder_id: string; reservation_id: string; inventory_item_id: string }[] }, { container }) => {
    await releaseAt(container, input.location_id, input.released, null)
    return new StepResponse(input.released.length)
  }
)

/**
 * The units a cancel or an expiry freed go to the next pre-orders waiting for them. A failure
 * here is logged, not raised: the cancel stands, and the allocation job serves them later.
 */
export const serveNextStep = createStep("kassa-preorders-serve-next", async (input: { location_id: string; inventory_item_ids: string[] }, { container }) => {
  try {
    const allocated = await allocateAt(container, input.location_id, input.inventory_item_ids)
    await tellCustomers(container, allocated.map((a) => a.preorder_id), false)
    return new StepResponse(allocated.length)
  } catch (e) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Pre-orders: freed units not allocated yet (${(e as Error).message}); the allocation job will retry`)
    return new StepResponse(0)
  }
})

export type HandOverInput = {
  preorder: { id: string; number: string; stock_location_id: string; inventory_item_id: string; reservation_id: string; quantity: number }
  status: "collected" | "shipped"
  closed_by: string
  at_location: string
  serial_numbers: string[] | null
}

/** The goods leave the branch: the reservation consumed and the units off its stock, in one locked transaction (the workflow's last step). */
export const handOverStep = createStep("kassa-preorders-hand-over", async (input: HandOverInput, { container }) => {
  await handOverAt(container, input.preorder, { status: input.status, closed_by: input.closed_by, at_location: input.at_location, serial_numbers: input.serial_numbers })
  return new StepResponse(input.preorder.id)
})
