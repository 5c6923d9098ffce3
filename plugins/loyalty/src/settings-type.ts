/**
 * The loyalty program's settings as the API answers them (money in centavos). Type-only and free
 * of server imports, so the service and the admin bundle share one definition.
 */
export type Settings = {
  spend_per_point: number
  rounding: "down" | "nearest" | "up"
  earn_on_tax: boolean
  non_earning_tenders: string[]
  point_value: number
  min_redeem_points: number
  max_redeem_percent: number
  expiry_mode: "none" | "earned" | "inactivity"
  expiry_months: number
  tier_basis: "spend" | "points"
  tier_window_months: number
}
