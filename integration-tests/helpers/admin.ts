import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureUser, type StaffAccess } from "../../src/scripts/demo/users"

type Api = { post: (url: string, body: unknown) => Promise<{ data: { token: string } }> }
export type Headers = { headers: Record<string, string> }

export const TEST_PASSWORD = "test-password"

/** A staff member with the given access, signed in through the real e-mail/password route. */
export async function staffHeaders(api: Api, container: MedusaContainer, email: string, access: StaffAccess): Promise<Headers> {
  await ensureUser(container, { email, password: TEST_PASSWORD, staff: access })
  const { data } = await api.post("/auth/user/emailpass", { email, password: TEST_PASSWORD })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** An Owner of every branch. */
export const adminHeaders = (api: Api, container: MedusaContainer, email = "admin@example.com") =>
  staffHeaders(api, container, email, { roles: ["Owner"], all_branches: true, branch_ids: [] })
