import { model } from "@medusajs/framework/utils"
import { WarrantyClaim } from "./warranty-claim"

/** One step of a claim's life: who moved it, when, from what to what. */
export const ClaimEvent = model.define({ name: "ClaimEvent", tableName: "kassa_warranty_claim_event" }, {
  id: model.id({ prefix: "wcev" }).primaryKey(),
  from_status: model.text().nullable(),
  to_status: model.text(),
  /** Staff member id (or the API key's id for another system). */
  actor_id: model.text(),
  note: model.text().nullable(),
  claim: model.belongsTo(() => WarrantyClaim, { mappedBy: "events" }),
})
