import { AUDIT_MODULE, type AuditModuleService } from "@kassa/audit/kit"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Recomputes the audit log's hash chain (npm run audit:verify). Exits 1 and names the first
 * broken entry when a row was altered or removed; prints the head to keep somewhere else, so
 * that a later cut of the newest entries shows too.
 */
export default async function auditVerify({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const result = await container.resolve<AuditModuleService>(AUDIT_MODULE).verify()
  const took = `${((Date.now() - started) / 1000).toFixed(1)} s`
  if (result.ok) {
    logger.info(`Audit chain intact: ${result.checked.toLocaleString("en")} entries checked in ${took}; head #${result.head?.seq ?? 0} ${result.head?.hash ?? "(empty)"}`)
  } else {
    logger.error(`Audit chain BROKEN at entry #${result.broken!.seq}: ${result.broken!.problem} (${result.checked.toLocaleString("en")} entries, ${took})`)
    process.exitCode = 1
  }
}
