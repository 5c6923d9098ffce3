/** When a sign-in token was issued and when it expires (its JWT's `iat` and `exp`, in seconds). */
export type TokenTimes = { issued_at: Date; expires_at: Date | null }

const fromSeconds = (s: unknown) => (typeof s === "number" && Number.isFinite(s) ? new Date(s * 1000) : null)

/**
 * Read from a token Medusa has just issued (no need to verify it again), or from the auth context
 * Medusa verified for this request (a bearer token's claims, or what a cookie session keeps of them).
 */
export function tokenTimes(source: string | object | null | undefined): TokenTimes | null {
  let claims: { iat?: unknown; exp?: unknown } | null | undefined = null
  if (typeof source === "string") {
    try {
      claims = JSON.parse(Buffer.from(source.split(".")[1] ?? "", "base64url").toString("utf8"))
    } catch {
      return null
    }
  } else {
    claims = source as { iat?: unknown; exp?: unknown } | null | undefined
  }
  const issued = fromSeconds(claims?.iat)
  return issued ? { issued_at: issued, expires_at: fromSeconds(claims?.exp) } : null
}
