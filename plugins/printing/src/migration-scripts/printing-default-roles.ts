import { grantPluginRoles } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { printingPlugin } from "../plugin"

/** Runs once: Kassa's default roles get this plugin's policies (Manager, Cashier, Sales Agent). */
export default async function printingDefaultRoles({ container }: { container: MedusaContainer }) {
  await grantPluginRoles(container, printingPlugin)
}
