import { defineReceiptLineNotes, defineTender } from "@kassa/pos/kit"
import { centavosDecimal, toCentavos } from "@kassa/core/kit"
import { MedusaError } from "@medusajs/framework/utils"
import { maxRedeemablePoints } from "../earning/rules"
import { saleEarning } from "../earning/sale-earning"
import { LOYALTY_MODULE } from "../modules/loyalty"
import type LoyaltyModuleService from "../modules/loyalty/service"
import { loyaltyPlugin } from "../plugin"
import { LOYALTY_POINTS_TENDER } from "./tender-id"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * How many points a tender of `amount` (major units) is: it must be a whole number of points at
 * the point value, so the customer is never charged a fraction of a point.
 */
function pointsOf(amount: number, pointValue: number) {
  const centavos = toCentavos(amount)
  if (centavos % pointValue !== 0) throw invalid(`A points payment must be a whole number of points: each point is worth ${centavosDecimal(pointValue)}`)
  return centavos / pointValue
}

/**
 * The counter's "Points" tender: the sale's customer pays part of it with loyalty points, the
 * rest in any other tender. `validate` refuses early (no member, below the minimum, beyond the
 * share of the sale points may pay or what the member has); `capture` redeems under the member's
 * row lock, which decides for good when two registers spend the same points at once. A failed
 * checkout gives the points back (compensate), and so does a void (reverse).
 */
export const pointsTender = defineTender({
  id: LOYALTY_POINTS_TENDER,
  label: "Points",
  plugin: loyaltyPlugin.id,
  validate: async (tender, sale) => {
    if (!sale.customer_id) throw invalid("Points need the member on the sale: set the customer on the ticket first")
    const service: LoyaltyModuleService = sale.container.resolve(LOYALTY_MODULE)
    const [settings, standing] = await Promise.all([service.settings(), service.standing(sale.customer_id)])
    if (!standing) throw invalid("The customer is not a loyalty member: enrol them first")
    const points = pointsOf(tender.amount, settings.point_value)
    if (points < settings.min_redeem_points) throw invalid(`At least ${settings.min_redeem_points} points must be spent at once (asked: ${points})`)
    const most = maxRedeemablePoints(toCentavos(sale.total), settings)
    if (points > most) throw invalid(`At most ${settings.max_redeem_percent}% of a sale may be paid in points: ${most} points here (asked: ${points})`)
    if (points > standing.available) throw invalid(`The member has ${standing.available} points: fewer than the ${points} asked`)
  },
  capture: async (tender, sale) => {
    const service: LoyaltyModuleService = sale.container.resolve(LOYALTY_MODULE)
    const { point_value } = await service.settings()
    const entry = await service.redeem({
      customer_id: sale.customer_id!,
      points: pointsOf(tender.amount, point_value),
      reason: "Counter sale",
      reference_type: "order",
      reference_id: sale.order_id,
      stock_location_id: sale.stock_location_id,
      actor_id: sale.sold_by,
    })
    return entry.id
  },
  compensate: async (entryId, { container }) => {
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    await service.reverseEntry({ entry_id: entryId as string, reason: "Checkout failed" })
  },
  reverse: async ({ container, order_id, reason }) => {
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    await service.giveBackRedemptionsOf({ order_id, reason: `Sale voided: ${reason}` })
  },
  // Under the tender: what was spent and what is left (points and their value).
  receiptRows: async ({ container, order_id, customer_id }) => {
    if (!customer_id) return []
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const [{ point_value }, mine] = await Promise.all([service.settings(), service.ofOrder(customer_id, order_id)])
    if (!mine.spent) return []
    return [{ label: `Points spent: ${mine.spent}`, amount: centavosDecimal(mine.spent * point_value) }]
  },
})

/**
 * The loyalty lines of a member's receipt, under its last line: points this sale earned, spent,
 * the balance and the tier, as of that sale, so a reprint later prints the same figures. Once
 * the earning is written they are the ledger's: the balance right after the sale's entries and
 * the tier kept with its earning. A first print comes before the earning subscriber has run: the
 * earning is computed by the same rule and added to the balance after the sale's redemption (or
 * the member's balance now, when points paid nothing).
 */
export const loyaltyReceiptNotes = defineReceiptLineNotes(async (lines, { container, order_id }) => {
  const none = lines.map(() => null)
  if (!lines.length) return none
  const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const expected = await saleEarning(container, order_id)
  if (!expected) return none
  const [standing, mine] = await Promise.all([service.standing(expected.customer_id), service.ofOrder(expected.customer_id, order_id)])
  if (!standing) return none
  const written = mine.earning_written
  const earned = written ? mine.earned : expected.points
  const balance = written ? mine.balance_after! : (mine.balance_after ?? standing.balance) + expected.points
  const tier = written ? mine.tier_name : standing.tier?.name
  const notes = [
    `Points earned: ${earned}`,
    ...(mine.spent ? [`Points spent: ${mine.spent}`] : []),
    `Points balance: ${balance}`,
    ...(tier ? [`Tier: ${tier}`] : []),
  ]
  return lines.map((_, i) => (i === lines.length - 1 ? notes : null))
})
