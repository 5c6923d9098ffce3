import { grantPluginRoles } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { stockPlugin } from "../plugin"

/**
 * Runs once: on installs that had the stock plugin before transfers and counts, the default
 * Manager role gets their four policies. Only those: what an owner took away stays away.
 */
export default async function stockTransferCountRoles({ container }: { container: MedusaContainer }) {
  await grantPluginRoles(container, {
    ...stockPlugin,
    roles: { Manager: { policies: ["stock:transfer", "stock:transfer_receive", "stock:count", "stock:count_approve"] } },
  })
}
