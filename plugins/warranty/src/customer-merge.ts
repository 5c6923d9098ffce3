import { defineCustomerMergeHook } from "@kassa/core/kit"
import { WARRANTY_MODULE } from "./modules/warranty"
import type WarrantyModuleService from "./modules/warranty/service"

type Undo = { from: string; claim_ids: string[] }

/**
 * A merged customer's warranty claims go to the customer kept. Sold serials need no move: they
 * point at the order line, and the order itself moves with core's merge.
 */
export const warrantyCustomerMerge = defineCustomerMergeHook<Undo>({
  id: "warranty",
  merge: async (from, into, { container }) => {
    const service: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const claims = await service.listWarrantyClaims({ customer_id: from }, { select: ["id"] })
    if (claims.length) await service.updateWarrantyClaims(claims.map((c) => ({ id: c.id, customer_id: into })))
    return { from, claim_ids: claims.map((c) => c.id) }
  },
  undo: async ({ from, claim_ids }, { container }) => {
    if (!claim_ids.length) return
    await container.resolve<WarrantyModuleService>(WARRANTY_MODULE).updateWarrantyClaims(claim_ids.map((id) => ({ id, customer_id: from })))
  },
})
