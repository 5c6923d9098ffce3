import { centavosDecimal } from "@kassa/core/kit"

export type TierMailFacts = {
  customer_name: string
  from: string
  to: string
  /** The new tier's earn multiplier, a whole percent (125: 1.25×). */
  earn_multiplier_percent: number
  /** Centavos per point earned at 1× and what a point is worth when spent (settings). */
  spend_per_point: number
  point_value: number
  /** Whether the new tier is above the old one. */
  up: boolean
  store_name: string
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!)

/** A whole percent as a multiplier without float noise: 125 → "1.25", 110 → "1.1", 100 → "1". */
export const multiplierText = (percent: number) => {
  const fraction = String(percent % 100).padStart(2, "0").replace(/0+$/, "")
  return fraction ? `${Math.floor(percent / 100)}.${fraction}` : String(percent / 100)
}

const pesos = (centavos: number) => `₱${centavosDecimal(centavos).replace(/\.00$/, "")}`

/** The e-mail telling a member their tier changed: the new tier and what it gives them. */
export function tierMail(f: TierMailFacts) {
  const subject = f.up ? `Welcome to ${f.to}: your new loyalty tier` : `Your loyalty tier is now ${f.to}`
  const moved = `Your membership moved from ${f.from} to ${f.to}.`
  const benefits = [
    `As a ${f.to} member you earn ${multiplierText(f.earn_multiplier_percent)} points for every ${pesos(f.spend_per_point)} you spend (${multiplierText(f.earn_multiplier_percent)}× the base rate).`,
    `Each point is worth ${pesos(f.point_value)} when you pay with points at any of our branches.`,
    `Offers and prices for ${f.to} members apply to you from now on.`,
  ]
  const text = `Dear ${f.customer_name},\n\n${moved}\n\n${benefits.join("\n")}\n\n${f.store_name}`
  const html = `<p>Dear ${escape(f.customer_name)},</p><p>${escape(moved)}</p><ul>${benefits.map((b) => `<li>${escape(b)}</li>`).join("")}</ul><p>${escape(f.store_name)}</p>`
  return { subject, text, html }
}
