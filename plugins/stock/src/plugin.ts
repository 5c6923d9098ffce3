import { defineKassaPlugin } from "@kassa/core/kit"

/**
 * Stock operations: who supplies what, when a branch runs low, what is ordered and what arrives.
 * Everyone who sells sees stock status; ordering and receiving are a manager's; suppliers and
 * thresholds are set up by a manager too.
 */
export const stockPlugin = defineKassaPlugin({
  id: "stock",
  name: "Stock",
  description: "Suppliers, low-stock thresholds, reorder lists, purchase orders, receiving, supplier invoices, transfers and counts.",
  defaultEnabled: true,
  policies: {
    "stock:read": "See suppliers, thresholds, low stock and purchase orders",
    "stock:suppliers": "Add, edit, archive and restore suppliers and what they supply",
    "stock:thresholds": "Set minimum and reorder quantities per product, variant and branch",
    "stock:order": "Keep a reorder list and turn it into purchase orders; send and cancel them",
    "stock:receive": "Receive purchase orders into stock and record supplier invoices",
    "stock:configure": "Choose how receipts move a variant's cost (moving average or last cost)",
    "stock:transfer": "Request transfers from a branch, dispatch and cancel them",
    "stock:transfer_receive": "Confirm what a transfer brought to a branch",
    "stock:count": "Start stock counts and enter or scan counted quantities",
    "stock:count_approve": "Approve a stock count: its variances become stock adjustments",
  },
  adminPages: [
    { path: "/stock", label: "Stock", policy: "stock:read" },
    { path: "/stock/suppliers", label: "Suppliers", policy: "stock:read" },
    { path: "/stock/purchase-orders", label: "Purchase orders", policy: "stock:read" },
    { path: "/stock/transfers", label: "Transfers", policy: "stock:read" },
    { path: "/stock/counts", label: "Counts", policy: "stock:read" },
  ],
  roles: {
    Manager: { policies: ["stock:read", "stock:suppliers", "stock:thresholds", "stock:order", "stock:receive", "stock:configure", "stock:transfer", "stock:transfer_receive", "stock:count", "stock:count_approve"] },
    "Sales Agent": { policies: ["stock:read"] },
    Cashier: { policies: ["stock:read"] },
  },
})
