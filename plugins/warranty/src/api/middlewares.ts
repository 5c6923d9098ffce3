import { fromBody, fromQuery, requireChangeReason, validateAndTransformBody, validateAndTransformQuery } from "@kassa/core/kit"
import { defineMiddlewares } from "@medusajs/framework/http"
import { warrantyPlugin } from "../plugin"
import { listClaimsConfig, listDefectiveConfig } from "./admin/kassa/warranty/query-config"
import {
  ClaimFiltersSchema,
  DefectiveReportSchema,
  DisposalSchema,
  FiguresSchema,
  FileClaimSchema,
  ListClaimsSchema,
  ListDefectiveSchema,
  ListPoliciesSchema,
  LookupSchema,
  PolicySchema,
  ReplaceUnitSchema,
  ShelfUnitSchema,
  UpdateClaimSchema,
} from "./admin/kassa/warranty/validators"
import { claimBranch, defectiveUnitBranch } from "./branch-of"

const base = "/admin/kassa/warranty"
const reads = warrantyPlugin.guard("warranty:read", { branch: fromQuery("location_id") })
const atClaim = (policy: "warranty:read" | "warranty:update") => warrantyPlugin.guard(policy, { branch: claimBranch })

export default defineMiddlewares({
  routes: [
    { matcher: `${base}/claims`, methods: ["GET"], middlewares: [reads, validateAndTransformQuery(ListClaimsSchema, listClaimsConfig)] },
    {
      matcher: `${base}/claims`,
      methods: ["POST"],
      middlewares: [warrantyPlugin.guard("warranty:create", { branch: fromBody("location_id"), branchRequired: true }), validateAndTransformBody(FileClaimSchema)],
    },
    { matcher: `${base}/claims/:id`, methods: ["GET"], middlewares: [atClaim("warranty:read")] },
    { matcher: `${base}/claims/:id`, methods: ["POST"], middlewares: [atClaim("warranty:update"), validateAndTransformBody(UpdateClaimSchema)] },
    { matcher: `${base}/claims/:id/slip`, methods: ["GET"], middlewares: [atClaim("warranty:read")] },
    { matcher: `${base}/claims/:id/replacement`, methods: ["POST"], middlewares: [atClaim("warranty:update"), validateAndTransformBody(ReplaceUnitSchema)] },
    { matcher: `${base}/export`, methods: ["GET"], middlewares: [reads, validateAndTransformQuery(ClaimFiltersSchema, {})] },
    {
      matcher: `${base}/lookup`,
      methods: ["GET"],
      middlewares: [warrantyPlugin.guard("warranty:read", { branch: fromQuery("location_id"), branchRequired: true }), validateAndTransformQuery(LookupSchema, {})],
    },
    { matcher: `${base}/figures`, methods: ["GET"], middlewares: [reads, validateAndTransformQuery(FiguresSchema, {})] },

    // Policies are the store's, not a branch's.
    { matcher: `${base}/policies`, methods: ["GET"], middlewares: [warrantyPlugin.guard("warranty:read"), validateAndTransformQuery(ListPoliciesSchema, {})] },
    // A product's or category's warranty rule says why it changes (kept in the product's history).
    { matcher: `${base}/policies`, methods: ["POST"], middlewares: [warrantyPlugin.guard("warranty:configure"), requireChangeReason, validateAndTransformBody(PolicySchema)] },
    { matcher: `${base}/policies/:id`, methods: ["DELETE"], middlewares: [warrantyPlugin.guard("warranty:configure"), requireChangeReason] },

    {
      matcher: `${base}/defective-units`,
      methods: ["GET"],
      middlewares: [warrantyPlugin.guard("warranty:read", { branch: fromQuery("location_id"), branchRequired: true }), validateAndTransformQuery(ListDefectiveSchema, listDefectiveConfig)],
    },
    {
      matcher: `${base}/defective-units`,
      methods: ["POST"],
      middlewares: [warrantyPlugin.guard("warranty:update", { branch: fromBody("location_id"), branchRequired: true }), validateAndTransformBody(ShelfUnitSchema)],
    },
    { matcher: `${base}/defective-units/report`, methods: ["GET"], middlewares: [reads, validateAndTransformQuery(DefectiveReportSchema, {})] },
    {
      matcher: `${base}/defective-units/:id`,
      methods: ["POST"],
      middlewares: [warrantyPlugin.guard("warranty:update", { branch: defectiveUnitBranch }), validateAndTransformBody(DisposalSchema)],
    },
  ],
})
