/** What one gift card may be sold for, in centavos: the counter refuses a card outside them. */
export const GIFT_CARD_MIN = 100_00
export const GIFT_CARD_MAX = 50_000_00

/** Product metadata that makes a product a gift card: each unit sold issues a card of its price. */
export const GIFT_CARD_METADATA_KEY = "kassa_gift_card"
