import { randomBytes, scrypt, timingSafeEqual } from "node:crypto"
import { promisify } from "node:util"

const scryptAsync = promisify(scrypt) as (pw: string, salt: Buffer, len: number) => Promise<Buffer>

export const PIN_PATTERN = /^\d{4,6}$/

/** `scrypt$<salt>$<hash>`: a 4–6 digit PIN has little entropy, so a slow salted hash it is. */
export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16)
  const hash = await scryptAsync(pin, salt, 32)
  return `scrypt$${salt.toString("base64")}$${hash.toString("base64")}`
}

export async function pinMatches(pin: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split("$")
  if (scheme !== "scrypt" || !salt || !hash) return false
  const expected = Buffer.from(hash, "base64")
  const actual = await scryptAsync(pin, Buffer.from(salt, "base64"), expected.length)
  return timingSafeEqual(actual, expected)
}
