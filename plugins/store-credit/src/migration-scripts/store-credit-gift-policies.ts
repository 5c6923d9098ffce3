import { grantPluginRoles } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { storeCreditPlugin } from "../plugin"

/**
 * Runs once: on installs that had store credit before gift sales, the default Manager role gets
 * `store_credit:gift_sale` and `store_credit:gift_report`. Only those: what an owner took away
 * from a role stays away.
 */
export default async function storeCreditGiftPolicies({ container }: { container: MedusaContainer }) {
  await grantPluginRoles(container, { ...storeCreditPlugin, roles: { Manager: { policies: ["store_credit:gift_sale", "store_credit:gift_report"] } } })
}
