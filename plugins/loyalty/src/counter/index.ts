/**
 * The loyalty plugin at the counter (@kassa/loyalty/counter): the member's tier and points beside
 * the customer (with enrolment), and the Points tender's form in the payment dialog.
 */
import { defineCounterExtension } from "@kassa/pos/counter"
import { LOYALTY_POINTS_TENDER } from "../tender/tender-id"
import { LoyaltyPanel } from "./member-panel"
import { PointsForm } from "./points-form"

export default defineCounterExtension({
  // loyaltyPlugin's id (plugin.ts): the branch switch these parts follow.
  plugin: "loyalty",
  tenders: [{ tender: LOYALTY_POINTS_TENDER, Form: PointsForm, once: true }],
  customerPanels: [LoyaltyPanel],
})
