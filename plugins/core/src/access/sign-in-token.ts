import type { MedusaRequest } from "@medusajs/framework/http"
import { createHash } from "node:crypto"
import type { SignInRef } from "../modules/staff/service"

/** What a staff session keeps of a token: a hash, so the table holds nothing that signs anyone in. */
export const tokenKey = (token: string) => createHash("sha256").update(token).digest("hex")

/** When a token Medusa has just issued expires (its `exp`), read without verifying it again. */
export function tokenExpiry(token: string): Date | null {
  try {
    const { exp } = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as { exp?: unknown }
    return typeof exp === "number" ? new Date(exp * 1000) : null
  } catch {
    return null
  }
}

const bearerOf = (req: MedusaRequest) => /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1] ?? null

type WithSession = MedusaRequest & { session?: { id?: string; auth_context?: unknown } }

/** The sign-in this request was made with: Medusa reads the cookie session first, then the bearer token. */
export function signInOf(req: MedusaRequest): SignInRef {
  const session = (req as WithSession).session
  if (session?.auth_context && session.id) return { token_key: null, cookie_session_id: session.id }
  const bearer = bearerOf(req)
  return { token_key: bearer ? tokenKey(bearer) : null, cookie_session_id: null }
}

/** The bearer token a request carries, as a session's key (POST /auth/session turns it into a cookie). */
export const bearerKeyOf = (req: MedusaRequest) => {
  const bearer = bearerOf(req)
  return bearer ? tokenKey(bearer) : null
}
