import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"

/**
 * Units of a sale's items that open requests (pending and unexpired, or approved) have asked for,
 * and those requests' numbers: a second request cannot ask for them again, or the first would
 * fail only at completion. Read under the submission's lock on the sale (see the workflow).
 */
export const unitsHeldByRequestsStep = createStep("kassa-pos-units-held-by-requests", async (input: { order_id: string }, { container }) => {
  const pos: PosModuleService = container.resolve(POS_MODULE)
  const open = await pos.listReturnRequests({ order_id: input.order_id, status: ["pending", "approved"] }, { select: ["number", "status", "expires_at", "lines"] })
  const held: Record<string, number> = {}
  const held_by: Record<string, string[]> = {}
  const now = new Date()
  for (const r of open) {
    if (r.status === "pending" && new Date(r.expires_at) <= now) continue
    for (const l of r.lines as unknown as { item_id: string; quantity: number }[]) {
      held[l.item_id] = (held[l.item_id] ?? 0) + l.quantity
      held_by[l.item_id] = [...(held_by[l.item_id] ?? []), r.number]
    }
  }
  return new StepResponse({ held, held_by })
})
