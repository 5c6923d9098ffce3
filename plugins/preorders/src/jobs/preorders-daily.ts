import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireLayaways, remindReady } from "../workflows/preorders/passes"

/** Layaways past their term expire and waiting customers are reminded, early morning in the Philippines (06:00). */
export default async function preordersDailyJob(container: MedusaContainer) {
  const expired = await expireLayaways(container)
  const reminded = await remindReady(container)
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Pre-orders: ${expired} layaway(s) expired, ${reminded} reminder(s) sent`)
}

export const config = { name: "kassa-preorders-daily", schedule: "0 22 * * *" }
