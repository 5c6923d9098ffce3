import { grantPluginRoles } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { stockPlugin } from "../plugin"

/** Runs once: Kassa's default roles get this plugin's policies. */
export default async function stockDefaultRoles({ container }: { container: MedusaContainer }) {
  await grantPluginRoles(container, stockPlugin)
}
