import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

export type ApiKeyAccessInput = {
  api_key_id: string
  /** Kassa role names, as staff are given them. */
  roles: string[]
  branch_ids: string[]
  all_branches: boolean
  rate_limit_per_minute: number | null
}
type Row = { id: string; api_key_id: string; role_ids: string[]; branch_ids: string[]; all_branches: boolean; rate_limit_per_minute: number | null }

/** The key must be one of Medusa's secret keys, not revoked: publishable keys open the store API only. */
async function requireSecretKey(container: { resolve: (k: string) => unknown }, id: string) {
  const apiKeys = container.resolve(Modules.API_KEY) as { listApiKeys: (f: object, c: object) => Promise<{ id: string; type: string; revoked_at: Date | null }[]> }
  const [key] = await apiKeys.listApiKeys({ id }, { select: ["id", "type", "revoked_at"] })
  if (!key) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No API key ${id}`)
  if (key.type !== "secret") throw new MedusaError(MedusaError.Types.INVALID_DATA, `API key ${id} is a publishable key: only secret keys act in the admin API`)
  if (key.revoked_at) throw new MedusaError(MedusaError.Types.INVALID_DATA, `API key ${id} is revoked`)
}

/** Gives a secret API key its roles, branches and rate limit (replacing what it had); undo puts the old access back. */
export const saveApiKeyAccessStep = createStep(
  "save-api-key-access",
  async (input: ApiKeyAccessInput, { container }) => {
    await requireSecretKey(container, input.api_key_id)
    const service: StaffModuleService = container.resolve(STAFF_MODULE)
    const roles = await service.listStaffRoles({ name: input.roles }, { select: ["id", "name"] })
    const unknown = input.roles.filter((name) => !roles.some((r) => r.name === name))
    if (unknown.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `No role named ${unknown.join(", ")}`)
    if (!input.all_branches && !input.branch_ids.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Give the key its branches (branch_ids) or all_branches: true")
    }
    const columns = {
      role_ids: roles.map((r) => r.id),
      branch_ids: input.all_branches ? [] : input.branch_ids,
      all_branches: input.all_branches,
      rate_limit_per_minute: input.rate_limit_per_minute,
    }
    const [before] = (await service.listApiKeyAccesses({ api_key_id: input.api_key_id })) as Row[]
    const saved = before
      ? await service.updateApiKeyAccesses({ id: before.id, ...columns })
      : await service.createApiKeyAccesses({ api_key_id: input.api_key_id, ...columns })
    return new StepResponse(saved as Row, { before: before ?? null, createdId: before ? null : (saved as Row).id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: StaffModuleService = container.resolve(STAFF_MODULE)
    if (undo.createdId) await service.deleteApiKeyAccesses(undo.createdId)
    if (undo.before) {
      const { id, role_ids, branch_ids, all_branches, rate_limit_per_minute } = undo.before
      await service.updateApiKeyAccesses({ id, role_ids, branch_ids, all_branches, rate_limit_per_minute })
    }
  }
)

/** Takes a key's access away (it then holds no policy); undo restores it. */
export const removeApiKeyAccessStep = createStep(
  "remove-api-key-access",
  async (apiKeyId: string, { container }) => {
    const service: StaffModuleService = container.resolve(STAFF_MODULE)
    const [row] = await service.listApiKeyAccesses({ api_key_id: apiKeyId }, { select: ["id"] })
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `API key ${apiKeyId} has no Kassa access to remove`)
    await service.softDeleteApiKeyAccesses(row.id)
    return new StepResponse(row.id, row.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<StaffModuleService>(STAFF_MODULE).restoreApiKeyAccesses(id)
  }
)
