/** The counter tender that pays with the customer's loyalty points. */
export const LOYALTY_POINTS_TENDER = "loyalty_points"
