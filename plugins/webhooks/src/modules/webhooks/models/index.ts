export { WebhookDelivery, DELIVERY_STATUSES, type DeliveryStatus } from "./delivery"
export { WebhookSubscription } from "./subscription"
