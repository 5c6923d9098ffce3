import type { MedusaContainer } from "@medusajs/framework/types"
import { allocateWaiting } from "../workflows/preorders/passes"

/** Stock that rose without an event still reaches the pre-orders waiting for it, within minutes. */
export default async function preordersAllocateJob(container: MedusaContainer) {
  await allocateWaiting(container)
}

export const config = { name: "kassa-preorders-allocate", schedule: "*/10 * * * *" }
