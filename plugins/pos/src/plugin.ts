import { defineKassaPlugin } from "@kassa/core/kit"

/** The counter. Its policies are granted by Kassa's default roles (Cashier, Sales Agent, Manager). */
export const posPlugin = defineKassaPlugin({
  id: "pos",
  name: "Point of sale",
  description: "The counter page: scan, sell, take payment and print receipts at this branch.",
  defaultEnabled: true,
  policies: {
    "pos:sell": "Sell at the counter",
    "pos:override_price": "Change a price at the counter",
    "pos:void": "Void a completed sale",
    "pos:refund": "Take returns and give refunds",
    "pos:manage_drawers": "Close another staff member's cash drawer (an abandoned one)",
  },
})
