import { defineKassaPlugin } from "@kassa/core/kit"

/** Other systems told when things happen: store-wide, not switched per branch. */
export const webhooksPlugin = defineKassaPlugin({
  id: "webhooks",
  name: "Webhooks",
  description: "Other systems subscribe to events (a sale completed, a plan approved, …) and get each as a signed POST, retried for 24 hours.",
  defaultEnabled: true,
  alwaysOn: true,
  policies: {
    "webhook:read": "See webhook subscriptions and their deliveries",
    "webhook:manage": "Add, change and remove webhook subscriptions; redeliver an event",
  },
  adminPages: [{ path: "/webhooks", label: "Webhooks", policy: "webhook:read" }],
})
