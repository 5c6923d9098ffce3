import { defineKassaPlugin } from "@kassa/core/kit"

/** The counter: cashiers and sales agents sell, managers also override, void, refund, close drawers and approve return requests. */
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
    "pos:approve_return": "Approve or reject return requests the counter sent for approval",
  },
  adminPages: [
    { path: "/counter", label: "Counter", policy: "pos:sell" },
    { path: "/counter/drawers", label: "Drawers", policy: "pos:sell" },
    { path: "/counter/return-requests", label: "Return requests", policy: "pos:approve_return" },
  ],
  // Whoever sells starts at the page that opens the counter.
  adminHome: { path: "/counter", policy: "pos:sell", rank: 50 },
  roles: {
    Manager: { policies: ["pos:sell", "pos:override_price", "pos:void", "pos:refund", "pos:manage_drawers", "pos:approve_return"] },
    "Sales Agent": { policies: ["pos:sell"] },
    Cashier: { policies: ["pos:sell"] },
  },
  // For other systems (webhooks): what a counter does that they may want to hear of.
  events: {
    "kassa.pos.sale_completed": "A counter sale was paid: its order, branch, register, total and tenders",
    "kassa.pos.return_completed": "A counter return or exchange was completed, with its refund",
    "kassa.pos.drawer_closed": "A register's drawer was closed (its Z report)",
  },
})
