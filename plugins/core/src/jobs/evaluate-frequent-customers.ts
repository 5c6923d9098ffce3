import type { MedusaContainer } from "@medusajs/framework/types"
import { evaluateAllFrequentCustomers } from "../workflows/customers"

/** Purchases age out of the rule's window with no sale or return to notice: every night, everyone again. */
export default async function evaluateFrequentCustomersJob(container: MedusaContainer) {
  await evaluateAllFrequentCustomers(container)
}

export const config = { name: "kassa-evaluate-frequent-customers", schedule: "40 2 * * *" }
