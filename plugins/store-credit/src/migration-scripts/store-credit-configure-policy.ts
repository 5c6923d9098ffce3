import { grantPluginRoles } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { storeCreditPlugin } from "../plugin"

/**
 * Runs once: on installs that had store credit before its settings, the default Manager role
 * gets `store_credit:configure`. Only that policy: what an owner took away from a role stays away.
 */
export default async function storeCreditConfigurePolicy({ container }: { container: MedusaContainer }) {
  await grantPluginRoles(container, { ...storeCreditPlugin, roles: { Manager: { policies: ["store_credit:configure"] } } })
}
