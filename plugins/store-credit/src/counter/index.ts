/**
 * The store-credit plugin at the counter (@kassa/store-credit/counter): its tender's form in the
 * payment dialog and the customer's balance beside them.
 */
import { defineCounterExtension } from "@kassa/pos/counter"
import { STORE_CREDIT_TENDER } from "../tender/tender-id"
import { StoreCreditPanel } from "./balance-panel"
import { StoreCreditForm } from "./store-credit-form"

export default defineCounterExtension({
  // storeCreditPlugin's id (plugin.ts): the branch switch these parts follow.
  plugin: "store-credit",
  tenders: [{ tender: STORE_CREDIT_TENDER, Form: StoreCreditForm, once: true }],
  customerPanels: [StoreCreditPanel],
})
