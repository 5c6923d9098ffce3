import { grantPluginRoles } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { storeCreditPlugin } from "../plugin"

/**
 * Runs once: Kassa's default roles get this plugin's policies. Unlike installments and warranty,
 * core never granted store credit's policies by name, so every install gets them here.
 */
export default async function storeCreditDefaultRoles({ container }: { container: MedusaContainer }) {
  await grantPluginRoles(container, storeCreditPlugin)
}
