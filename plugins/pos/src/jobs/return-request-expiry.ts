import type { MedusaContainer } from "@medusajs/framework/types"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"

/** Pending return requests past their expires_at become expired (nothing had moved for them, so nothing to undo). */
export default async function returnRequestExpiryJob(container: MedusaContainer) {
  await container.resolve<PosModuleService>(POS_MODULE).expireReturnRequests()
}

export const config = { name: "kassa-pos-return-request-expiry", schedule: "*/10 * * * *" }
