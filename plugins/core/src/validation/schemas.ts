import { z } from "@medusajs/framework/zod"
import { CARD_NUMBER_REFUSED, findCardNumber, findCardNumberIn } from "./card-number"

/**
 * Zod building blocks for every Kassa route, so that a bound is written once: money, quantities,
 * ids, free text (never a card number) and pagination. A request outside them is a 400 before any
 * lookup or write.
 */

/** The largest amount Kassa takes in one field, in the currency's major unit (₱1,000,000,000). */
export const MAX_MONEY = 1_000_000_000

/** Up to `max` characters of text that is not and does not contain a payment card number. */
export const freeText = (max: number, min = 0) =>
  z
    .string()
    .trim()
    .min(min, min > 1 ? `must be at least ${min} characters` : "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !findCardNumber(v), CARD_NUMBER_REFUSED)

/** Free-form JSON (a tender's data) with no card number in any key or value, at most `maxChars` as JSON. */
export const freeData = (maxChars = 2000) =>
  z
    .record(z.string(), z.unknown())
    .refine((v) => JSON.stringify(v).length <= maxChars, `must be at most ${maxChars} characters as JSON`)
    .refine((v) => !findCardNumberIn(v), CARD_NUMBER_REFUSED)

/**
 * An amount of money in the major unit (pesos): a finite number up to MAX_MONEY with at most
 * `decimals` decimals (the currency's minor unit). Above zero unless `allowZero`.
 */
export const money = ({ allowZero = false, decimals = 2 }: { allowZero?: boolean; decimals?: number } = {}) => {
  const unit = 10 ** decimals
  const base = z.number({ error: "must be a number" }).max(MAX_MONEY, `must be at most ${MAX_MONEY.toLocaleString("en")}`)
  return (allowZero ? base.min(0, "must be zero or more") : base.gt(0, "must be above zero")).refine(
    // Within MAX_MONEY a whole number of minor units is exact to far below 1e-6 of one.
    (v) => Math.abs(v * unit - Math.round(v * unit)) < 1e-6,
    decimals ? `must have at most ${decimals} decimals (whole centavos)` : "must be a whole amount"
  )
}

/** A count of units: a whole number from 1 (or 0) to `max`. */
export const quantity = (max = 999, min = 1) =>
  z.number({ error: "must be a number" }).int("must be a whole number").min(min, `must be ${min} or more`).max(max, `must be at most ${max}`)

/** A record's id: a string with the id prefix of its kind, e.g. id("sloc", "a stock location"). */
export const id = (prefix: string, what: string) =>
  z.string({ error: `must be ${what} id (${prefix}_…)` }).regex(new RegExp(`^${prefix}_[0-9A-Za-z]{1,60}$`), `must be ${what} id (${prefix}_…)`)

/** The id prefixes of what Kassa's routes name most. */
export const ids = {
  location: () => id("sloc", "a stock location (branch)"),
  register: () => id("kreg", "a register"),
  order: () => id("order", "an order"),
  variant: () => id("variant", "a product variant"),
  customer: () => id("cus", "a customer"),
  staff: () => id("stf", "a staff member"),
}

/** Offset and limit of a list read from the query string, within range. */
export const pagination = ({ limit = 50, max = 200 }: { limit?: number; max?: number } = {}) => ({
  offset: z.coerce.number({ error: "must be a number" }).int().min(0, "must be 0 or more").max(1_000_000).default(0),
  limit: z.coerce.number({ error: "must be a number" }).int().min(1, "must be 1 or more").max(max, `must be at most ${max}`).default(limit),
})
