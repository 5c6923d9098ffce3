export * from "./webhooks/workflows/subscriptions"
