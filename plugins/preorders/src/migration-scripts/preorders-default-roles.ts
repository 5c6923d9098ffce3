import { grantPluginRoles } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { preordersPlugin } from "../plugin"

/** Runs once: Kassa's default roles get the pre-order policies (preorder:read/take/collect/cancel/configure). */
export default async function preordersDefaultRoles({ container }: { container: MedusaContainer }) {
  await grantPluginRoles(container, preordersPlugin)
}
