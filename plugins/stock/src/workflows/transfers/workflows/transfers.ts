import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ArrivedLine } from "../../../modules/stock/transfer-moves"
import { raiseStockStep } from "../../receiving/steps/raise-stock"
import { planTransferStep, type RequestTransferInput } from "../steps/plan-transfer"
import { createTransferStep, dispatchStockStep, moveTransferStep, recordArrivalStep, releaseStockStep, reserveTransferStep } from "../steps/transfer-steps"

/** A transfer requested: numbered, its units reserved at the source (refused by SKU when short). */
export const requestTransferWorkflow = createWorkflow("kassa-stock-request-transfer", (input: RequestTransferInput) => {
  const plan = planTransferStep(input)
  const created = createTransferStep(plan)
  reserveTransferStep(
    transform({ plan, created }, ({ plan, created }) => ({
      location_id: plan.from_location_id,
      transfer: { id: created.id, number: created.number, by: plan.requested_by },
      units: created.lines.map((l) => ({ line_id: l.id, inventory_item_id: l.inventory_item_id, quantity: l.quantity, title: l.title, sku: l.sku })),
    }))
  )
  return new WorkflowResponse(created)
})

/** The goods leave the source: in transit, the reservations become a stock decrease there. */
export const dispatchTransferWorkflow = createWorkflow("kassa-stock-dispatch-transfer", (input: { id: string; by: string | null }) => {
  const moved = moveTransferStep(transform({ input }, ({ input }) => ({ id: input.id, to: "in_transit" as const, by: input.by })))
  dispatchStockStep(
    transform({ moved }, ({ moved }) => ({ location_id: moved.from_location_id, units: moved.units, document: `Transfer ${moved.number} dispatched (${moved.id})` }))
  )
  return new WorkflowResponse(moved)
})

/** A pending transfer called off: its reservations released at the source. */
export const cancelTransferWorkflow = createWorkflow("kassa-stock-cancel-transfer", (input: { id: string; by: string | null }) => {
  const moved = moveTransferStep(transform({ input }, ({ input }) => ({ id: input.id, to: "canceled" as const, by: input.by })))
  releaseStockStep(
    transform({ moved }, ({ moved }) => ({ location_id: moved.from_location_id, units: moved.units, document: `Transfer ${moved.number} canceled (${moved.id})` }))
  )
  return new WorkflowResponse(moved)
})

/**
 * The goods arrive: each line's received, damaged and missing units recorded, and the
 * destination's stock raised by what arrived in good order, through the counter's level locks
 * (receiving's step: a level is made where the item had none).
 */
export const receiveTransferWorkflow = createWorkflow("kassa-stock-receive-transfer", (input: { id: string; lines?: ArrivedLine[]; by: string | null }) => {
  const arrived = recordArrivalStep(input)
  raiseStockStep(
    transform({ arrived }, ({ arrived }) => ({
      location_id: arrived.to_location_id,
      moves: arrived.lines.filter((l) => l.received_quantity > 0).map((l) => ({ inventory_item_id: l.inventory_item_id, delta: l.received_quantity, title: l.sku ?? l.title })),
      document: `Transfer ${arrived.number} received (${arrived.id})`,
    }))
  )
  return new WorkflowResponse(arrived)
})
