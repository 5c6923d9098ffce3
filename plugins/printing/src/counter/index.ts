/**
 * The printing plugin at the counter (@kassa/printing/counter): in the sale-complete dialog,
 * whether the receipt printer printed the sale, and its reprint.
 */
import { defineCounterExtension } from "@kassa/pos/counter"
import { ReceiptPrintStatus } from "./receipt-status"

export default defineCounterExtension({
  // printingPlugin's id (plugin.ts): the branch switch this follows.
  plugin: "printing",
  saleComplete: [ReceiptPrintStatus],
})
