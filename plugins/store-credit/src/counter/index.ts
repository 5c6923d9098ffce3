/**
 * The store-credit plugin at the counter (@kassa/store-credit/counter): its tenders' forms in the
 * payment dialog (store credit, gift card), the customer's balance beside them, and giving a
 * line or the whole ticket away in a line's window.
 */
import { defineCounterExtension } from "@kassa/pos/counter"
import { GIFT_CARD_TENDER } from "../gift-cards/tender-id"
import { STORE_CREDIT_TENDER } from "../tender/tender-id"
import { StoreCreditPanel } from "./balance-panel"
import { GiftCardForm } from "./gift-card-form"
import { GiftLineAction } from "./gift-line-action"
import { StoreCreditForm } from "./store-credit-form"

export default defineCounterExtension({
  // storeCreditPlugin's id (plugin.ts): the branch switch these parts follow.
  plugin: "store-credit",
  tenders: [
    { tender: STORE_CREDIT_TENDER, Form: StoreCreditForm, once: true },
    { tender: GIFT_CARD_TENDER, Form: GiftCardForm },
  ],
  customerPanels: [StoreCreditPanel],
  lineActions: [GiftLineAction],
})
