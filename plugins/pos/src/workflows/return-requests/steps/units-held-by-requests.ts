import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"

/**
 * Units of a sale's items that open requests (pending and unexpired, or approved) have asked for:
 * a second request cannot ask for them again, or the first would fail only at completion.
 */
export const unitsHeldByRequestsStep = createStep("kassa-pos-units-held-by-requests", async (input: { order_id: string }, { container }) => {
  const pos: PosModuleService = container.resolve(POS_MODULE)
  const open = await pos.listReturnRequests({ order_id: input.order_id, status: ["pending", "approved"] }, { select: ["status", "expires_at", "lines"] })
  const held: Record<string, number> = {}
  const now = new Date()
  for (const r of open) {
    if (r.status === "pending" && new Date(r.expires_at) <= now) continue
    for (const l of r.lines as unknown as { item_id: string; quantity: number }[]) held[l.item_id] = (held[l.item_id] ?? 0) + l.quantity
  }
  return new StepResponse(held)
})
