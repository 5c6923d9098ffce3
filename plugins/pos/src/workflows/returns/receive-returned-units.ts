import {
  beginReceiveReturnWorkflow,
  confirmReturnReceiveWorkflow,
  dismissItemReturnRequestWorkflow,
  receiveItemReturnRequestWorkflow,
} from "@medusajs/medusa/core-flows"
import { transform, when, WorkflowData } from "@medusajs/framework/workflows-sdk"
import type { ReturnLineInput } from "./steps/prepare-return"

/** Units per order item, of one condition or all. */
export const unitsOf = (lines: ReturnLineInput[], condition?: ReturnLineInput["condition"]) => {
  const byItem = new Map<string, number>()
  for (const l of lines) if (!condition || l.condition === condition) byItem.set(l.item_id, (byItem.get(l.item_id) ?? 0) + l.quantity)
  return [...byItem].map(([id, quantity]) => ({ id, quantity }))
}

/**
 * Receives a requested return at once, as the customer hands the units over: resellable units
 * back into the return's location (Medusa restocks them), damaged ones received as damaged (not
 * restocked). Used inside a workflow's composition.
 */
export function receiveReturnedUnits(ids: WorkflowData<{ return_id: string; user: string }>, items: WorkflowData<ReturnLineInput[]>) {
  beginReceiveReturnWorkflow.runAsStep({ input: transform({ ids }, ({ ids }) => ({ return_id: ids.return_id, created_by: ids.user })) })
  const resellable = transform({ ids, items }, ({ ids, items }) => ({ return_id: ids.return_id, items: unitsOf(items, "resellable") }))
  const damaged = transform({ ids, items }, ({ ids, items }) => ({ return_id: ids.return_id, items: unitsOf(items, "damaged") }))
  when("kassa-pos-return-resellable", { resellable }, ({ resellable }) => resellable.items.length > 0).then(() => {
    receiveItemReturnRequestWorkflow.runAsStep({ input: resellable })
  })
  when("kassa-pos-return-damaged", { damaged }, ({ damaged }) => damaged.items.length > 0).then(() => {
    dismissItemReturnRequestWorkflow.runAsStep({ input: damaged })
  })
  confirmReturnReceiveWorkflow.runAsStep({ input: transform({ ids }, ({ ids }) => ({ return_id: ids.return_id, confirmed_by: ids.user })) })
}
