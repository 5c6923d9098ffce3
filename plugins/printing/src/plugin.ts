import { defineKassaPlugin } from "@kassa/core/kit"

/** Printers at a branch's counters: managers set them up, whoever sells reprints a receipt. */
export const printingPlugin = defineKassaPlugin({
  id: "printing",
  name: "Printing",
  description: "Network receipt printers per branch and register: receipts printed as a sale completes, the cash drawer kicked open for cash.",
  defaultEnabled: true,
  policies: {
    "printer:configure": "Add, change and remove a branch's printers; print a test page",
    "printer:print": "Print or reprint a sale's receipt",
    "printer:read": "See a branch's printers and print history",
    // Barcodes and labels
    "barcode:configure": "Set how new variants get their EAN-13 (the store's GS1 prefix or internal codes)",
  },
  // Barcodes and labels
  adminPages: [{ path: "/labels", label: "Labels", policy: "printer:print" }],
  roles: {
    Manager: { policies: ["printer:configure", "printer:print", "printer:read", "barcode:configure"] },
    Cashier: { policies: ["printer:print", "printer:read"] },
    "Sales Agent": { policies: ["printer:print", "printer:read"] },
  },
})
