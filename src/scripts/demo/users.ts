import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"

type NewUser = { email: string; password: string; first_name?: string; last_name?: string }

/**
 * Creates an admin user with an e-mail/password login unless one with that e-mail exists
 * (an existing user keeps the password it has). Returns true when it created the user.
 */
export async function ensureUser(container: MedusaContainer, { email, password, first_name, last_name }: NewUser) {
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
