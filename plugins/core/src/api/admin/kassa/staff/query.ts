import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

const FIELDS = [
  "id", "user_id", "role_ids", "branch_ids", "all_branches", "phone", "hire_date", "avatar_url", "is_active",
  "commission_rate", "failed_login_count", "locked_until", "last_login_at",
  "last_logout_at", "last_seen_at", "created_at", "archived_at", "archived_by", "archive_reason", "pin_hash", "user.email", "user.first_name", "user.last_name",
]

type StaffRow = Record<string, unknown> & { pin_hash?: string | null }

export type StaffView = Record<string, unknown> & {
  id: string
  branch_ids: string[]
  all_branches: boolean
  last_login_at: string | null
  last_logout_at: string | null
  last_seen_at: string | null
  has_pin: boolean
}

/** Staff as the API shows them: with the user's name and e-mail, `has_pin` instead of the hash. */
export async function listStaff(scope: MedusaContainer, filters: Record<string, unknown> = {}): Promise<StaffView[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "staff_member", fields: FIELDS, filters })
  return (data as StaffRow[]).map(({ pin_hash, ...staff }) => ({ ...staff, has_pin: !!pin_hash }) as StaffView)
}

export async function retrieveStaff(scope: MedusaContainer, id: string) {
  const [staff] = await listStaff(scope, { id })
  if (!staff) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Staff member ${id} not found`)
  return staff
}
