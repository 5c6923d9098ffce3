export const GIFT_CARD_STATUSES = ["active", "inactive", "disabled", "expired", "spent"] as const
export type GiftCardStatus = (typeof GIFT_CARD_STATUSES)[number]

/**
 * What a card is now, the first that holds: disabled (lost), expired (its validity ran out),
 * spent (nothing left), inactive (its sale is not completed: open or voided), else active.
 */
export function cardStatus(card: { disabled_at: Date | null; expires_at: Date | null; balance: string }, saleStands: boolean, now = new Date()): GiftCardStatus {
  if (card.disabled_at) return "disabled"
  if (card.expires_at && new Date(card.expires_at) <= now) return "expired"
  if (Number(card.balance) <= 0) return "spent"
  return saleStands ? "active" : "inactive"
}
