import { defineMiddlewares } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@kassa/core/kit"
import { webhooksPlugin as plugin } from "../plugin"
import { CreateSubscriptionSchema, ListDeliveriesSchema, ListSubscriptionsSchema, UpdateSubscriptionSchema } from "./admin/kassa/webhooks/validators"

const base = "/admin/kassa/webhooks"

// A subscription hears of every branch: only staff of all branches read or manage them.
const read = plugin.guard("webhook:read", { storeWide: "Webhooks" })
const manage = plugin.guard("webhook:manage", { storeWide: "Webhooks" })

export default defineMiddlewares({
  routes: [
    { matcher: `${base}/events`, methods: ["GET"], middlewares: [read] },
    { matcher: `${base}/subscriptions`, methods: ["GET"], middlewares: [read, validateAndTransformQuery(ListSubscriptionsSchema, {})] },
    { matcher: `${base}/subscriptions`, methods: ["POST"], middlewares: [manage, validateAndTransformBody(CreateSubscriptionSchema)] },
    { matcher: `${base}/subscriptions/:id`, methods: ["GET"], middlewares: [read] },
    { matcher: `${base}/subscriptions/:id`, methods: ["POST"], middlewares: [manage, validateAndTransformBody(UpdateSubscriptionSchema)] },
    { matcher: `${base}/subscriptions/:id`, methods: ["DELETE"], middlewares: [manage] },
    { matcher: `${base}/subscriptions/:id/rotate-secret`, methods: ["POST"], middlewares: [manage] },
    { matcher: `${base}/subscriptions/:id/deliveries`, methods: ["GET"], middlewares: [read, validateAndTransformQuery(ListDeliveriesSchema, {})] },
    { matcher: `${base}/deliveries/:id/redeliver`, methods: ["POST"], middlewares: [manage] },
  ],
})
