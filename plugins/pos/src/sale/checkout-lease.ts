import { underLease } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"

/**
 * Runs a checkout while renewing its key's lease (core's underLease, INSTANCE_ID and
 * LEASE_SECONDS: one per process for every journal). The checkout keeps its own journal
 * (kassa_pos_checkout_key: its plan and stock), so its renewals go there.
 */
export function underCheckoutLease<T>(container: MedusaContainer, key: string, run: () => Promise<T>): Promise<T> {
  const renew = (keys: string[], owner: string, seconds: number) => container.resolve<PosModuleService>(POS_MODULE).renewCheckoutLeases(keys, owner, seconds)
  return underLease({ name: "kassaPos.checkout", renew }, key, run)
}
