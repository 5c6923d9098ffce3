import { DEFAULT_TIMEZONE } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { ClaimType } from "../modules/warranty/lifecycle"
import { claimWindow, type ClaimWindow } from "../modules/warranty/window"
import { DEFAULT_POLICY, resolvePolicies, type EffectivePolicy } from "../coverage-rules/resolve-policies"
import type { SaleLine } from "./find-sale-line"

export type SaleWindows = { policy: EffectivePolicy; timezone: string } & Record<ClaimType, ClaimWindow>

/** The sale's repair and replacement windows as of `now`, in the selling branch's calendar. */
export async function saleWindows(container: MedusaContainer, sale: SaleLine, now = new Date()): Promise<SaleWindows> {
  const policy = sale.product_id ? (await resolvePolicies(container, [sale.product_id])).get(sale.product_id)! : DEFAULT_POLICY
  // A sale made outside any branch (a web order) counts in the default branch calendar.
  const timezone = sale.branch?.timezone ?? DEFAULT_TIMEZONE
  const soldAt = new Date(sale.sold_at)
  return {
    policy,
    timezone,
    repair: claimWindow(soldAt, now, timezone, policy.repair_days),
    replacement: claimWindow(soldAt, now, timezone, policy.replacement_days),
  }
}
