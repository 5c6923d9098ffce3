/** The gift card tender's id, apart from its definition so the counter's bundle does not pull in the server's code. */
export const GIFT_CARD_TENDER = "gift_card"
