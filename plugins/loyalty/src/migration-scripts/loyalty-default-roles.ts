import { grantPluginRoles } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { loyaltyPlugin } from "../plugin"
import { ensureTierGroups } from "../workflows"

/**
 * Runs once: Kassa's default roles get this plugin's policies, and each tier the first migration
 * made gets its customer group (so a promotion can target "Loyalty: Gold" from day one).
 */
export default async function loyaltyDefaultRoles({ container }: { container: MedusaContainer }) {
  await grantPluginRoles(container, loyaltyPlugin)
  await ensureTierGroups(container)
}
