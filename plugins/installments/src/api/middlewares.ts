import { fromBody, fromParam, fromQuery, guard, validateAndTransformBody, validateAndTransformQuery } from "@kassa/core/kit"
import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { installmentsPlugin as plugin } from "../plugin"
import { planBranch } from "./plan-branch"
import {
  CalculatorSchema,
  CollectSchema,
  CreditOfficerSchema,
  CreditProfileSchema,
  DashboardSchema,
  DecisionSchema,
  ListPlansSchema,
  UpdateTermsSchema,
} from "./admin/kassa/installments/validators"

const base = "/admin/kassa/installments"
const reader = plugin.guard("installment:read", { branch: fromQuery("location_id") })

export default defineMiddlewares({
  routes: [
    { matcher: `${base}/terms/:location_id`, methods: ["GET"], middlewares: [plugin.guard("installment:calculate", { branch: fromParam("location_id") })] },
    {
      matcher: `${base}/terms/:location_id`,
      methods: ["POST"],
      middlewares: [plugin.guard("installment:configure", { branch: fromParam("location_id") }), validateAndTransformBody(UpdateTermsSchema)],
    },
    {
      matcher: `${base}/calculator`,
      methods: ["GET"],
      middlewares: [plugin.guard("installment:calculate", { branch: fromQuery("location_id"), branchRequired: true }), validateAndTransformQuery(CalculatorSchema, {})],
    },

    { matcher: `${base}/plans`, methods: ["GET"], middlewares: [reader, validateAndTransformQuery(ListPlansSchema, {})] },
    { matcher: `${base}/plans/export`, methods: ["GET"], middlewares: [reader, validateAndTransformQuery(ListPlansSchema, {})] },
    // A plan is read from any branch (customers pay anywhere); decisions are made at its own.
    { matcher: `${base}/plans/:id`, methods: ["GET"], middlewares: [plugin.guard("installment:read")] },
    {
      matcher: `${base}/plans/:id/approve`,
      methods: ["POST"],
      middlewares: [plugin.guard("installment:approve", { branch: planBranch }), validateAndTransformBody(DecisionSchema)],
    },
    {
      matcher: `${base}/plans/:id/reject`,
      methods: ["POST"],
      middlewares: [plugin.guard("installment:approve", { branch: planBranch }), validateAndTransformBody(DecisionSchema)],
    },
    {
      matcher: `${base}/plans/:id/payments`,
      methods: ["POST"],
      middlewares: [plugin.guard("installment:collect", { branch: fromBody("location_id"), branchRequired: true }), validateAndTransformBody(CollectSchema)],
    },

    // Credit details belong to the customer, whom anyone who may edit customers serves.
    { matcher: `${base}/credit-profiles/:customer_id`, methods: ["GET"], middlewares: [guard("customer:write")] },
    { matcher: `${base}/credit-profiles/:customer_id`, methods: ["POST"], middlewares: [guard("customer:write"), validateAndTransformBody(CreditProfileSchema)] },

    // Approval limits are part of a staff member's record: whoever manages staff sets them.
    { matcher: `${base}/officers`, methods: ["GET"], middlewares: [guard("staff:manage")] },
    { matcher: `${base}/officers/:staff_member_id`, methods: ["GET"], middlewares: [guard("staff:manage")] },
    { matcher: `${base}/officers/:staff_member_id`, methods: ["POST"], middlewares: [guard("staff:manage"), validateAndTransformBody(CreditOfficerSchema)] },

    { matcher: `${base}/dashboard`, methods: ["GET"], middlewares: [reader, validateAndTransformQuery(DashboardSchema, {})] },

    { matcher: "/store/kassa/installments*", middlewares: [authenticate("customer", ["session", "bearer"])] },
  ],
})
