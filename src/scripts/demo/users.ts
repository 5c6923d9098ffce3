import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { createStaffWorkflow, ensureDefaultRoles, STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"

export type StaffAccess = { roles: string[]; branch_ids: string[]; all_branches?: boolean }
type NewUser = { email: string; password: string; first_name?: string; last_name?: string; staff?: StaffAccess }

/**
 * Creates an admin user with an e-mail/password login unless one with that e-mail exists
 * (an existing user keeps the password it has), and gives them Kassa staff access unless
 * they have it. Returns true when it created the user.
 */
export async function ensureUser(container: MedusaContainer, { staff, ...user }: NewUser) {
  const created = await ensureLogin(container, user)
  if (staff) await ensureStaff(container, user.email, staff)
  return created
}

/** Roles are named, so the default ones must exist (a migration script makes them; tests skip those). */
async function ensureStaff(container: MedusaContainer, email: string, access: StaffAccess) {
  const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
  await ensureDefaultRoles(staff)
  const [user] = await container.resolve(Modules.USER).listUsers({ email }, { select: ["id"] })
  const existing = await staff.listStaffMembers({ user_id: user.id }, { select: ["id"] })
  if (!existing.length) await createStaffWorkflow(container).run({ input: { user_id: user.id, ...access } })
}

/** The Kassa staff record of the user with that e-mail, or undefined. */
export async function staffMemberIdOf(container: MedusaContainer, email: string): Promise<string | undefined> {
  const [user] = await container.resolve(Modules.USER).listUsers({ email }, { select: ["id"] })
  if (!user) return undefined
  const [member] = await container.resolve<StaffModuleService>(STAFF_MODULE).listStaffMembers({ user_id: user.id }, { select: ["id"] })
  return member?.id
}

async function ensureLogin(container: MedusaContainer, { email, password, first_name, last_name }: Omit<NewUser, "staff">) {
  const users = container.resolve(Modules.USER)
  if ((await users.listUsers({ email })).length) return false

  const auth = container.resolve(Modules.AUTH)
  const { result } = await createUsersWorkflow(container).run({ input: { users: [{ email, first_name, last_name }] } })
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) {
    await users.deleteUsers([result[0].id])
    throw new Error(`Could not create the login for ${email}: ${error}`)
  }
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: result[0].id } })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Created user ${email}`)
  return true
}
