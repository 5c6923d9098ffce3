import type { MedusaContainer } from "@medusajs/framework/types"
import { STAFF_MODULE } from "../modules/staff"
import type StaffModuleService from "../modules/staff/service"

/** Sign-in counters of addresses long gone would pile up; once their window and lock are over they count nothing. */
export default async function pruneSignInThrottleJob(container: MedusaContainer) {
  await container.resolve<StaffModuleService>(STAFF_MODULE).pruneSignInThrottle()
}

export const config = { name: "kassa-prune-sign-in-throttle", schedule: "17 * * * *" }
