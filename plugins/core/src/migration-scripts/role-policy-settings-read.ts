import type { MedusaContainer } from "@medusajs/framework/types"
import { grantManagerPolicy } from "../access/default-roles"
import { STAFF_MODULE } from "../modules/staff"

/**
 * Runs once on installs made before reads of admin users, invites, API keys and roles needed
 * settings:read: the system Manager role gets it (managers add staff from those lists; grantManagerPolicy).
 */
export default async function rolePolicySettingsRead({ container }: { container: MedusaContainer }) {
  await grantManagerPolicy(container.resolve(STAFF_MODULE), "settings:read")
}
