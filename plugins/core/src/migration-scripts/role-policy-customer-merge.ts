import type { MedusaContainer } from "@medusajs/framework/types"
import { grantManagerPolicy } from "../access/default-roles"
import { STAFF_MODULE } from "../modules/staff"

/**
 * Runs once on installs made before duplicate customers could be merged: the system Manager
 * role gets customer:merge (grantManagerPolicy).
 */
export default async function rolePolicyCustomerMerge({ container }: { container: MedusaContainer }) {
  await grantManagerPolicy(container.resolve(STAFF_MODULE), "customer:merge")
}
