import { createHmac, randomBytes, timingSafeEqual } from "node:crypto"

/** A subscription's signing secret, shown to whoever sets the receiver up. */
export const newSecret = () => `whsec_${randomBytes(24).toString("hex")}`

/**
 * The `X-Kassa-Signature` header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the
 * secret>`. The time is signed with the body, so a receiver can refuse an old body replayed.
 */
export function signatureHeader(secret: string, body: string, at = Math.floor(Date.now() / 1000)) {
  const v1 = createHmac("sha256", secret).update(`${at}.${body}`).digest("hex")
  return `t=${at},v1=${v1}`
}

/** What a receiver does (documented in the README; the tests' receiver uses it): true when the header signs this body. */
export function verifySignature(secret: string, body: string, header: string, toleranceSeconds = 300, now = Math.floor(Date.now() / 1000)) {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=", 2) as [string, string]))
  const at = Number(parts.t)
  if (!Number.isInteger(at) || !parts.v1 || Math.abs(now - at) > toleranceSeconds) return false
  const expected = Buffer.from(createHmac("sha256", secret).update(`${at}.${body}`).digest("hex"))
  const given = Buffer.from(parts.v1)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
