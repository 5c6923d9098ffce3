import { fromBody, fromParam, fromQuery, validateAndTransformBody, validateAndTransformQuery } from "@kassa/core/kit"
import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { preordersPlugin as plugin } from "../plugin"
import { CancelSchema, CollectSchema, ListPreordersSchema, DeliveredSchema, FiguresSchema, PaySchema, RulesSchema, ShipSchema, SlipQuerySchema, TakePreorderSchema, TendersQuerySchema } from "./admin/kassa/preorders/validators"

const base = "/admin/kassa/preorders"
// Money and goods move at a branch: the caller's own, where the plugin is on.
const at = (policy: "preorder:take" | "preorder:collect" | "preorder:cancel") => plugin.guard(policy, { branch: fromBody("location_id"), branchRequired: true })

export default defineMiddlewares({
  routes: [
    { matcher: `${base}`, methods: ["GET"], middlewares: [plugin.guard("preorder:read", { branch: fromQuery("location_id") }), validateAndTransformQuery(ListPreordersSchema, {})] },
    { matcher: `${base}`, methods: ["POST"], middlewares: [at("preorder:take"), validateAndTransformBody(TakePreorderSchema)] },
    { matcher: `${base}/tenders`, methods: ["GET"], middlewares: [plugin.guard("preorder:read", { branch: fromQuery("location_id"), branchRequired: true }), validateAndTransformQuery(TendersQuerySchema, {})] },
    { matcher: `${base}/figures`, methods: ["GET"], middlewares: [plugin.guard("preorder:read", { branch: fromQuery("location_id") }), validateAndTransformQuery(FiguresSchema, {})] },
    { matcher: `${base}/settings/:location_id`, methods: ["GET"], middlewares: [plugin.guard("preorder:read")] },
    { matcher: `${base}/settings/:location_id`, methods: ["POST"], middlewares: [plugin.guard("preorder:configure", { branch: fromParam("location_id"), branchRequired: true }), validateAndTransformBody(RulesSchema)] },
    // A pre-order is found and paid at any branch (the customer's slip or phone).
    { matcher: `${base}/:id`, methods: ["GET"], middlewares: [plugin.guard("preorder:read")] },
    { matcher: `${base}/:id/slip`, methods: ["GET"], middlewares: [plugin.guard("preorder:read"), validateAndTransformQuery(SlipQuerySchema, {})] },
    { matcher: `${base}/:id/payments`, methods: ["POST"], middlewares: [at("preorder:take"), validateAndTransformBody(PaySchema)] },
    { matcher: `${base}/:id/collect`, methods: ["POST"], middlewares: [at("preorder:collect"), validateAndTransformBody(CollectSchema)] },
    { matcher: `${base}/:id/ship`, methods: ["POST"], middlewares: [at("preorder:collect"), validateAndTransformBody(ShipSchema)] },
    { matcher: `${base}/:id/delivered`, methods: ["POST"], middlewares: [at("preorder:collect"), validateAndTransformBody(DeliveredSchema)] },
    { matcher: `${base}/:id/cancel`, methods: ["POST"], middlewares: [at("preorder:cancel"), validateAndTransformBody(CancelSchema)] },
    { matcher: "/store/kassa/preorders*", middlewares: [authenticate("customer", ["session", "bearer"])] },
  ],
})
