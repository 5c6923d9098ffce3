import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"

/** A counter return or exchange was refunded (or paid) and recorded: its refund slip can be printed. */
export const POS_RETURN_COMPLETED = "kassa.pos.return_completed"

/** What kassa.pos.return_completed carries: the counter return's id and where it was taken. */
export type PosReturnCompletedData = { id: string; number: string; order_id: string; stock_location_id: string; register_id: string; created_by: string }

/** The event's data for a counter return record (recovery emits it outside a workflow). */
export const returnCompletedData = (record: PosReturnCompletedData): PosReturnCompletedData => ({
  id: record.id,
  number: record.number,
  order_id: record.order_id,
  stock_location_id: record.stock_location_id,
  register_id: record.register_id,
  created_by: record.created_by,
})

/**
 * The event, at the end of a return or exchange workflow, and when recovery finishes one a crash
 * interrupted (a recovery that is itself interrupted and run again may announce it twice).
 */
export const emitReturnCompleted = (record: WorkflowData<{ id: string; number: string; order_id: string; stock_location_id: string; register_id: string; created_by: string }>) =>
  emitEventStep({
    eventName: POS_RETURN_COMPLETED,
    data: transform({ record }, ({ record }) => returnCompletedData(record)),
  }).config({ name: "kassa-pos-emit-return-completed" })
