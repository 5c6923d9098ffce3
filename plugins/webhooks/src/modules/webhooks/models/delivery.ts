import { model } from "@medusajs/framework/utils"

export const DELIVERY_STATUSES = ["pending", "sending", "delivered", "failed"] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

/**
 * One event for one subscription: the body as it is sent on every attempt (the same event id,
 * so a receiver that got it twice can tell), and the queue's state. A worker takes it `sending`
 * for a lease; a failure waits `next_attempt_at`; past `expires_at` (24 h after the event, or
 * after a manual redelivery) it is `failed` for good.
 */
export const WebhookDelivery = model
  .define({ name: "WebhookDelivery", tableName: "kassa_webhook_delivery" }, {
    id: model.id({ prefix: "whdel" }).primaryKey(),
    subscription_id: model.text(),
    event_id: model.text(),
    event_name: model.text(),
    body: model.text(),
    status: model.enum([...DELIVERY_STATUSES]).default("pending"),
    attempts: model.number().default(0),
    next_attempt_at: model.dateTime(),
    expires_at: model.dateTime(),
    claimed_by: model.text().nullable(),
    claimed_until: model.dateTime().nullable(),
    last_status_code: model.number().nullable(),
    last_error: model.text().nullable(),
    delivered_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["subscription_id", "event_id"], unique: true },
    { on: ["subscription_id", "created_at"] },
    { on: ["next_attempt_at"], where: "status = 'pending'" },
  ])
