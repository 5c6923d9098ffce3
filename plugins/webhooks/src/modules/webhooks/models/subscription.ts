import { model } from "@medusajs/framework/utils"

/**
 * Another system's request to hear of events: where to POST them (HTTPS; plain HTTP only to
 * this machine), which events by name, and the secret their bodies are signed with.
 */
export const WebhookSubscription = model.define({ name: "WebhookSubscription", tableName: "kassa_webhook_subscription" }, {
  id: model.id({ prefix: "whsub" }).primaryKey(),
  url: model.text(),
  description: model.text().nullable(),
  /** Event names, e.g. ["kassa.pos.sale_completed", "order.placed"]. */
  events: model.array(),
  secret: model.text(),
  is_active: model.boolean().default(true),
  created_by: model.text().nullable(),
})
