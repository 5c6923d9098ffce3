import { grantPluginRoles, rolesGrantedByCore } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { auditPlugin } from "../plugin"

/**
 * Runs once: Kassa's default roles get this plugin's policies and the roles it brings (its
 * `roles`). Installs older than plugin-owned grants got the same from core and keep theirs.
 */
export default async function auditDefaultRoles({ container }: { container: MedusaContainer }) {
  if (await rolesGrantedByCore(container)) return
  await grantPluginRoles(container, auditPlugin)
}
