import { defineKassaPlugin } from "@kassa/core/kit"

/**
 * Loyalty: enrolled customers earn points on every counter sale and web order, climb tiers, and
 * spend points as money at the counter. Staff who serve customers see a member's standing and
 * enrol them; adjusting a balance and setting the programme up is a manager's.
 */
export const loyaltyPlugin = defineKassaPlugin({
  id: "loyalty",
  name: "Loyalty",
  description: "Points earned at every branch and on the web store, tiers that are customer groups, points spent at the counter.",
  defaultEnabled: true,
  policies: {
    "loyalty:read": "See members' tiers, points and history",
    "loyalty:enrol": "Enrol a customer in the loyalty programme",
    "loyalty:adjust": "Add or take away a member's points by hand, with a reason",
    "loyalty:configure": "Set the loyalty programme up: earning, redemption, expiry and tiers",
  },
  adminPages: [{ path: "/loyalty", label: "Loyalty", policy: "loyalty:read" }],
  roles: {
    Manager: { policies: ["loyalty:read", "loyalty:enrol", "loyalty:adjust", "loyalty:configure"] },
    "Sales Agent": { policies: ["loyalty:read", "loyalty:enrol"] },
    Cashier: { policies: ["loyalty:read", "loyalty:enrol"] },
  },
  events: {
    "kassa.loyalty.tier_changed": "A member moved to another loyalty tier (up or down)",
  },
})
