import { fromBody, fromQuery, validateAndTransformBody, validateAndTransformQuery } from "@kassa/core/kit"
import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { loyaltyPlugin as plugin } from "../plugin"
import { AdjustSchema, CustomerQuerySchema, EnrolSchema, ListMembersSchema, SettingsSchema, TierSchema } from "./admin/kassa/loyalty/validators"
import { StoreEnrolSchema } from "./store/kassa/loyalty/validators"

const base = "/admin/kassa/loyalty"
// Enrolling and adjusting happen at a branch: the staff member's own, where the plugin is on.
const at = (policy: "loyalty:enrol" | "loyalty:adjust") => plugin.guard(policy, { branch: fromBody("location_id"), branchRequired: true })

export default defineMiddlewares({
  routes: [
    // Points are earned and spent at every branch, so a reader sees the whole membership; at a
    // named branch (the counter passes its own) only where the plugin is on.
    { matcher: `${base}/customers/:customer_id`, methods: ["GET"], middlewares: [plugin.guard("loyalty:read", { branch: fromQuery("location_id") }), validateAndTransformQuery(CustomerQuerySchema, {})] },
    { matcher: `${base}/customers/:customer_id/enrol`, methods: ["POST"], middlewares: [at("loyalty:enrol"), validateAndTransformBody(EnrolSchema)] },
    { matcher: `${base}/customers/:customer_id/adjust`, methods: ["POST"], middlewares: [at("loyalty:adjust"), validateAndTransformBody(AdjustSchema)] },
    { matcher: `${base}/members`, methods: ["GET"], middlewares: [plugin.guard("loyalty:read", { branch: fromQuery("location_id") }), validateAndTransformQuery(ListMembersSchema, {})] },
    { matcher: `${base}/figures`, methods: ["GET"], middlewares: [plugin.guard("loyalty:read")] },
    { matcher: `${base}/settings`, methods: ["GET"], middlewares: [plugin.guard("loyalty:read")] },
    { matcher: `${base}/settings`, methods: ["POST"], middlewares: [plugin.guard("loyalty:configure"), validateAndTransformBody(SettingsSchema)] },
    { matcher: `${base}/tiers`, methods: ["GET"], middlewares: [plugin.guard("loyalty:read")] },
    { matcher: `${base}/tiers`, methods: ["POST"], middlewares: [plugin.guard("loyalty:configure"), validateAndTransformBody(TierSchema)] },
    { matcher: `${base}/tiers/:id`, methods: ["POST"], middlewares: [plugin.guard("loyalty:configure"), validateAndTransformBody(TierSchema)] },

    { matcher: "/store/kassa/loyalty*", middlewares: [authenticate("customer", ["session", "bearer"])] },
    { matcher: "/store/kassa/loyalty/enrol", methods: ["POST"], middlewares: [validateAndTransformBody(StoreEnrolSchema)] },
  ],
})
