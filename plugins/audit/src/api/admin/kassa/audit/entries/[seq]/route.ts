import { visibleBranches } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { AUDIT_MODULE } from "../../../../../../modules/audit"
import type AuditModuleService from "../../../../../../modules/audit/service"
import { withEntityLabels } from "../../entity-labels"

/** One entry with its full diff and its place in the chain. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const seq = Number(req.params.seq)
  if (!Number.isSafeInteger(seq) || seq < 1) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Not an entry number: ${req.params.seq}`)
  const audit: AuditModuleService = req.scope.resolve(AUDIT_MODULE)
  const entry = await audit.retrieve(seq)
  const branches = await visibleBranches(req)
  if (!entry || (!branches.all && entry.branch_id && !branches.ids.includes(entry.branch_id))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No audit entry ${seq}`)
  }
  const [labelled] = await withEntityLabels(req.scope, [entry])
  res.json({ entry: labelled })
}
