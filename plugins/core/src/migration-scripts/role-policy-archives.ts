import type { MedusaContainer } from "@medusajs/framework/types"
import { grantManagerPolicy } from "../access/default-roles"
import { STAFF_MODULE } from "../modules/staff"

/**
 * Runs once on installs made before orders and customers could be archived: the system Manager
 * role gets order:archive and customer:archive (grantManagerPolicy); the Owner holds "*".
 */
export default async function rolePolicyArchives({ container }: { container: MedusaContainer }) {
  await grantManagerPolicy(container.resolve(STAFF_MODULE), "order:archive")
  await grantManagerPolicy(container.resolve(STAFF_MODULE), "customer:archive")
}
