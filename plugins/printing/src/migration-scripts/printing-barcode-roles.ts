import { grantPluginRoles } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { printingPlugin } from "../plugin"

/**
 * Runs once: on installs whose roles got printing's policies before barcodes came, the Manager
 * role gets `barcode:configure` alone (re-granting every printing policy would undo what an
 * owner has taken away since).
 */
export default async function printingBarcodeRoles({ container }: { container: MedusaContainer }) {
  await grantPluginRoles(container, { ...printingPlugin, roles: { Manager: { policies: ["barcode:configure"] } } })
}
