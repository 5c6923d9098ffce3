import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pesos } from "../schedule/money"
import { installmentsDailyWorkflow } from "../workflows/daily"

/**
 * Overdue installments, late fees and reminder e-mails, once a day. Each branch's date is taken
 * in its own time zone; 22:00 UTC is early morning in the Philippines (06:00), so reminders
 * arrive at the start of the customer's day. Safe to run again: nothing is charged or sent twice.
 */
export default async function installmentsDailyJob(container: MedusaContainer) {
  const { result } = await installmentsDailyWorkflow(container).run({ input: {} })
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Installments: ${result.plans} plan(s) overdue, ${pesos(result.late_fee_centavos)} in late fees, ${result.reminders_sent} reminder(s) sent`)
}

export const config = { name: "kassa-installments-daily", schedule: "0 22 * * *" }
