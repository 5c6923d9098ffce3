import { grantPluginRoles } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { posPlugin } from "../plugin"

/**
 * Runs once: on installs whose roles got the POS's policies before return requests came, the
 * Manager role gets `pos:approve_return` alone (re-granting every POS policy would undo what an
 * owner has taken away since).
 */
export default async function posApproveReturnPolicy({ container }: { container: MedusaContainer }) {
  await grantPluginRoles(container, { ...posPlugin, roles: { Manager: { policies: ["pos:approve_return"] } } })
}
