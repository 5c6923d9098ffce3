import { defineKassaPlugin } from "@kassa/core/kit"

/**
 * Pre-orders and layaway: a customer's deposit on goods the branch does not have yet (or keeps
 * for them while they pay over several visits), units reserved for them as stock arrives.
 */
export const preordersPlugin = defineKassaPlugin({
  id: "preorders",
  name: "Pre-orders and layaway",
  description: "Deposits on goods not in stock yet or kept for a customer paying over several visits; units reserved first-come-first-served as stock arrives.",
  defaultEnabled: true,
  policies: {
    "preorder:read": "See pre-orders and layaways, their payments and who is owed what",
    "preorder:take": "Take a pre-order or a layaway with its deposit, and record further payments on one",
    "preorder:collect": "Hand over the goods of a paid pre-order or layaway",
    "preorder:cancel": "Cancel a pre-order or a layaway and refund its payments",
    "preorder:configure": "Set a branch's minimum deposit, cancellation fee, layaway term and reminder interval",
  },
  adminPages: [{ path: "/preorders", label: "Pre-orders", policy: "preorder:read" }],
  roles: {
    Manager: { policies: ["preorder:read", "preorder:take", "preorder:collect", "preorder:cancel", "preorder:configure"] },
    "Sales Agent": { policies: ["preorder:read", "preorder:take"] },
    Cashier: { policies: ["preorder:read", "preorder:take", "preorder:collect"] },
  },
  events: {
    "kassa.preorder.payments_recorded": "Money was taken or refunded on a pre-order or layaway",
  },
})
