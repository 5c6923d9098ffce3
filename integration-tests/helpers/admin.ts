import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureUser } from "../../src/scripts/demo/users"

type Api = { post: (url: string, body: unknown) => Promise<{ data: { token: string } }> }

/** Signs in through the real e-mail/password route and returns the admin request headers. */
export async function adminHeaders(api: Api, container: MedusaContainer, email = "admin@example.com") {
  const password = "test-password"
  await ensureUser(container, { email, password })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}
