import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { API_KEY_DEFAULT_RATE } from "../../../../../../access/access"
import { STAFF_MODULE } from "../../../../../../modules/staff"
import type StaffModuleService from "../../../../../../modules/staff/service"
import { removeApiKeyAccessWorkflow, saveApiKeyAccessWorkflow } from "../../../../../../workflows/api-keys"
import type { ApiKeyAccessType } from "../../validators"

/** A key's access as the admin reads it: role names, branches, the limit in force. */
async function accessView(req: AuthenticatedMedusaRequest<unknown>, apiKeyId: string) {
  const service = req.scope.resolve<StaffModuleService>(STAFF_MODULE)
  const [row] = await service.listApiKeyAccesses({ api_key_id: apiKeyId })
  if (!row) return null
  const roles = row.role_ids.length ? await service.listStaffRoles({ id: row.role_ids as string[] }, { select: ["name"] }) : []
  return {
    api_key_id: apiKeyId,
    roles: roles.map((r) => r.name).sort(),
    branch_ids: row.branch_ids,
    all_branches: row.all_branches,
    rate_limit_per_minute: row.rate_limit_per_minute ?? API_KEY_DEFAULT_RATE,
  }
}

/** `access: null` — the key holds no Kassa policy. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ access: await accessView(req, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<ApiKeyAccessType>, res: MedusaResponse) => {
  const { roles, branch_ids = [], all_branches = false, rate_limit_per_minute = null } = req.validatedBody
  await saveApiKeyAccessWorkflow(req.scope).run({ input: { api_key_id: req.params.id, roles, branch_ids, all_branches, rate_limit_per_minute } })
  res.json({ access: await accessView(req, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeApiKeyAccessWorkflow(req.scope).run({ input: { api_key_id: req.params.id } })
  res.json({ api_key_id: req.params.id, object: "api_key_access", deleted: true })
}
