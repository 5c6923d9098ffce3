import { defineKassaPlugin } from "@kassa/core/kit"

/**
 * Stock operations: who supplies what, when a branch runs low, what is ordered and what arrives.
 * Everyone who sells sees stock status; ordering and receiving are a manager's; suppliers and
 * thresholds are set up by a manager too.
 */
export const stockPlugin = defineKassaPlugin({
  id: "stock",
  name: "Stock",
  description: "Suppliers, low-stock thresholds, reorder lists, purchase orders, receiving and supplier invoices.",
  defaultEnabled: true,
  policies: {
    "stock:read": "See suppliers, thresholds, low stock and purchase orders",
    "stock:suppliers": "Add, edit, archive and restore suppliers and what they supply",
    "stock:thresholds": "Set minimum and reorder quantities per product, variant and branch",
    "stock:order": "Keep a reorder list and turn it into purchase orders; send and cancel them",
    "stock:receive": "Receive purchase orders into stock and record supplier invoices",
    "stock:configure": "Choose how receipts move a variant's cost (moving average or last cost)",
  },
  adminPages: [
    { path: "/stock", label: "Stock", policy: "stock:read" },
    { path: "/stock/suppliers", label: "Suppliers", policy: "stock:read" },
    { path: "/stock/purchase-orders", label: "Purchase orders", policy: "stock:read" },
  ],
  roles: {
    Manager: { policies: ["stock:read", "stock:suppliers", "stock:thresholds", "stock:order", "stock:receive", "stock:configure"] },
    "Sales Agent": { policies: ["stock:read"] },
    Cashier: { policies: ["stock:read"] },
  },
})
