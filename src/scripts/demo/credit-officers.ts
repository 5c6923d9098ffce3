import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CREDIT_LIMITS } from "./people"
import { staffMemberIdOf } from "./users"

// By name, not by import: a retailer may take the installments plugin out of the app (its
// package and config line gone), and the seed must still build and run without it.
const INSTALLMENTS_MODULE = "kassaInstallments"
const SAVE_CREDIT_OFFICER = "kassa-installments-save-credit-officer"
type Officers = { listCreditOfficers(filters: { staff_member_id: string }): Promise<unknown[]> }

/**
 * Gives the demo credit officers their approval limits when the installments plugin is in the
 * app. An officer who already has a record keeps it (a second seed changes nothing).
 */
export async function ensureCreditOfficers(container: MedusaContainer) {
  if (!container.hasRegistration(INSTALLMENTS_MODULE)) return 0
  const officers = container.resolve<Officers>(INSTALLMENTS_MODULE)
  const engine = container.resolve(Modules.WORKFLOW_ENGINE)
  let saved = 0
  for (const [email, limit] of Object.entries(CREDIT_LIMITS)) {
    const staffMemberId = await staffMemberIdOf(container, email)
    if (!staffMemberId || (await officers.listCreditOfficers({ staff_member_id: staffMemberId })).length) continue
    await engine.run(SAVE_CREDIT_OFFICER, { input: { staff_member_id: staffMemberId, details: { approval_limit: limit } }, throwOnError: true })
    saved++
  }
  return saved
}
