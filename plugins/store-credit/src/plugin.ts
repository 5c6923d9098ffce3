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
  },
  adminPages: [
    { path: "/store-credit", label: "Store credit", policy: "store_credit:read" },
    { path: "/gift-cards", label: "Gift cards", policy: "store_credit:issue" },
  ],
  roles: {
    Manager: { policies: ["store_credit:read", "store_credit:issue", "store_credit:configure"] },
    "Sales Agent": { policies: ["store_credit:read"] },
    Cashier: { policies: ["store_credit:read"] },
  },
})
