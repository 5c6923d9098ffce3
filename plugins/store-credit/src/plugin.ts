import { defineKassaPlugin } from "@kassa/core/kit"

/**
 * Store credit: managers issue it, customers spend it at any branch's counter, a void gives it back.
 * Staff who serve customers may see a balance; issuing and reversing is a manager's.
 */
export const storeCreditPlugin = defineKassaPlugin({
  id: "store-credit",
  name: "Store credit",
  description: "Customers' money kept with the store: credit issued with an expiry, spent at the counter, given back on a void.",
  defaultEnabled: true,
  policies: {
    "store_credit:read": "See customers' store credit balances and history",
    "store_credit:issue": "Issue store credit to a customer, reverse store credit transactions, see gift cards sold and disable a lost one",
    "store_credit:configure": "Set the default expiry of store credit, when customers are e-mailed before it lapses, and how long gift cards are valid",
    "store_credit:gift_sale": "Give goods away at the counter (a gift sells at zero, its shelf price kept as its value), or approve it with a PIN",
    "store_credit:gift_report": "See the gift sales report: what was given away, by period, branch, product and staff",
  },
  adminPages: [
    { path: "/store-credit", label: "Store credit", policy: "store_credit:read" },
    { path: "/gift-cards", label: "Gift cards", policy: "store_credit:issue" },
    { path: "/gift-sales", label: "Gift sales", policy: "store_credit:gift_report" },
  ],
  roles: {
    Manager: { policies: ["store_credit:read", "store_credit:issue", "store_credit:configure", "store_credit:gift_sale", "store_credit:gift_report"] },
    "Sales Agent": { policies: ["store_credit:read"] },
    Cashier: { policies: ["store_credit:read"] },
  },
})
