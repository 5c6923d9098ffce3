import { defineMiddlewares } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "../openapi/validated"
import type { MedusaRequest } from "@medusajs/framework/http"
import { adminAccess } from "../access/admin-access"
import { fromParam, fromQuery } from "../access/branch-context"
import { corePlugin } from "../access/core-plugin"
import { checkGrantable, checkStaffInReach } from "../access/grantable"
import { branchGuard } from "../access/guard"
import { settleSecondFactor, throttleSignIn, trackCookieSession, trackSignOut } from "../access/sign-in-throttle"
import { answerTooManyAttempts } from "../access/too-many-attempts"
import { refuseUnreadablePhone } from "../customers/phone-middleware"
import { archiveSoldProduct } from "../products/archive-sold-product"
import { requireChangeReason } from "../validation/change-reason"
import { refuseNulCharacters } from "../validation/nul-characters"
import { BRANCH_MODULE } from "../modules/branch"
import type BranchModuleService from "../modules/branch/service"
import { GetBrandingSchema, SetLogoSchema } from "./admin/kassa/branding/validators"
import { GetDuplicatesSchema, MergeCustomerSchema, PostCustomerProfileSchema, PostFrequentRuleSchema } from "./admin/kassa/customers/validators"
import { CloseBranchSchema, PostBranchSchema, PostPluginSwitchSchema, PostRegisterSchema, ReopenBranchSchema, UpdateRegisterSchema } from "./admin/kassa/branches/validators"
import { ApiKeyAccessSchema } from "./admin/kassa/api-keys/validators"
import { PostRoleSchema, UpdateRoleSchema } from "./admin/kassa/roles/validators"
import { PostPinSchema, PostStaffSchema, ResetSecondFactorSchema, UpdateStaffSchema, VerifyPinSchema } from "./admin/kassa/staff/validators"
import { listVariantCostsConfig } from "./admin/kassa/variant-costs/query-config"
import { GetVariantCostsSchema, PostVariantCostsSchema } from "./admin/kassa/variant-costs/validators"
import { PostOwnEmailSchema, PostOwnProfileSchema } from "./admin/kassa/me/validators"
import { listMarkupRulesConfig, listPriceReviewsConfig } from "./admin/kassa/pricing/query-config"
import {
  GetMarkupRulesSchema,
  GetPriceReviewsSchema,
  GetPricedVariantsSchema,
  PostApplyPricingSchema,
  PostMarkupRuleSchema,
  PostPriceAutoSchema,
  PostPriceManualSchema,
  GetManualPricesSchema,
  PostPricingSettingsSchema,
  PostReviewIdsSchema,
} from "./admin/kassa/pricing/validators"
import { kassaErrorHandler } from "./error-handler"
import { ArchiveSchema, GetArchivedCustomersSchema, RestoreSchema } from "./admin/kassa/archive-validators"
import { orderBranch } from "../archives/order-branch"

const { guard } = corePlugin

/** The branch of a register named in the URL. */
const registerBranch = async (req: MedusaRequest) => {
  const service: BranchModuleService = req.scope.resolve(BRANCH_MODULE)
  const register = await service.retrieveRegister(req.params.id, { relations: ["branch"] })
  return register.branch.stock_location_id
}

export default defineMiddlewares({
  // One 409 shape for every plugin ({ type: "conflict", message, code? }), and a 400 for a malformed path.
  errorHandler: kassaErrorHandler,
  routes: [
    // Before anything reads the request: a NUL character in a path, query or body is a 400.
    { matcher: "/admin", middlewares: [refuseNulCharacters] },
    { matcher: "/store", middlewares: [refuseNulCharacters] },
    { matcher: "/auth", middlewares: [refuseNulCharacters] },
    // A locked sign-in or PIN, or an API key past its calls a minute, answers 429 with Retry-After,
    // wherever it is refused (adminAccess below refuses the key).
    { matcher: "/admin", middlewares: [answerTooManyAttempts] },
    // Every admin request: active staff only, Medusa's own routes by policy and branch.
    { matcher: "/admin", middlewares: [adminAccess] },
    { matcher: "/auth", middlewares: [answerTooManyAttempts] },
    { matcher: "/auth/user/emailpass", methods: ["POST"], middlewares: [throttleSignIn("user")] },
    { matcher: "/auth/customer/emailpass", methods: ["POST"], middlewares: [throttleSignIn("customer")] },
    { matcher: "/auth/mfa/challenges/:id/verify", methods: ["POST"], middlewares: [settleSecondFactor] },
    { matcher: "/auth/session", methods: ["POST"], middlewares: [trackCookieSession] },
    { matcher: "/auth/session", methods: ["DELETE"], middlewares: [trackSignOut] },

    // One's own profile: any staff member, on their own record (the routes read who from the sign-in).
    { matcher: "/admin/kassa/me", methods: ["POST"], middlewares: [validateAndTransformBody(PostOwnProfileSchema)] },
    { matcher: "/admin/kassa/me/email", methods: ["POST"], middlewares: [validateAndTransformBody(PostOwnEmailSchema)] },

    // A sold product is archived, never deleted (after adminAccess has checked product:write).
    { matcher: "/admin/products/:id", methods: ["DELETE"], middlewares: [archiveSoldProduct] },
    // ... and restored (published again) with a reason, which goes into the product's history.
    {
      matcher: "/admin/kassa/products/:id/restore",
      methods: ["POST"],
      middlewares: [guard("product:write"), requireChangeReason, validateAndTransformBody(RestoreSchema)],
    },

    {
      matcher: "/admin/kassa/variant-costs",
      methods: ["GET"],
      middlewares: [guard("cost:read"), validateAndTransformQuery(GetVariantCostsSchema, listVariantCostsConfig)],
    },
    {
      matcher: "/admin/kassa/variant-costs",
      methods: ["POST"],
      middlewares: [guard("product:write"), requireChangeReason, validateAndTransformBody(PostVariantCostsSchema)],
    },

    // Markup pricing: read with cost:read (rules show margins), change with price:write and a reason
    // (X-Kassa-Reason: every change of a price, a rule or what a cost change does says why).
    { matcher: "/admin/kassa/pricing/rules", methods: ["GET"], middlewares: [guard("cost:read"), validateAndTransformQuery(GetMarkupRulesSchema, listMarkupRulesConfig)] },
    { matcher: "/admin/kassa/pricing/rules", methods: ["POST"], middlewares: [guard("price:write"), requireChangeReason, validateAndTransformBody(PostMarkupRuleSchema)] },
    { matcher: "/admin/kassa/pricing/rules/:id", methods: ["DELETE"], middlewares: [guard("price:write"), requireChangeReason] },
    { matcher: "/admin/kassa/pricing/settings", methods: ["GET"], middlewares: [guard("cost:read")] },
    { matcher: "/admin/kassa/pricing/settings", methods: ["POST"], middlewares: [guard("price:write"), requireChangeReason, validateAndTransformBody(PostPricingSettingsSchema)] },
    { matcher: "/admin/kassa/pricing/apply", methods: ["POST"], middlewares: [guard("price:write"), requireChangeReason, validateAndTransformBody(PostApplyPricingSchema)] },
    { matcher: "/admin/kassa/pricing/variants", methods: ["GET"], middlewares: [guard("cost:read"), validateAndTransformQuery(GetPricedVariantsSchema, {})] },
    // Marking a price as typed by hand, or giving it back to its rule, changes what the price will be: say why.
    { matcher: "/admin/kassa/pricing/variants/:id/auto", methods: ["POST"], middlewares: [guard("price:write"), requireChangeReason, validateAndTransformBody(PostPriceAutoSchema)] },
    { matcher: "/admin/kassa/pricing/variants/:id/manual", methods: ["POST"], middlewares: [guard("price:write"), requireChangeReason, validateAndTransformBody(PostPriceManualSchema)] },
    { matcher: "/admin/kassa/pricing/manual", methods: ["GET"], middlewares: [guard("cost:read"), validateAndTransformQuery(GetManualPricesSchema, {})] },
    { matcher: "/admin/kassa/pricing/reviews", methods: ["GET"], middlewares: [guard("cost:read"), validateAndTransformQuery(GetPriceReviewsSchema, listPriceReviewsConfig)] },
    { matcher: "/admin/kassa/pricing/reviews/apply", methods: ["POST"], middlewares: [guard("price:write"), requireChangeReason, validateAndTransformBody(PostReviewIdsSchema)] },
    { matcher: "/admin/kassa/pricing/reviews/dismiss", methods: ["POST"], middlewares: [guard("price:write"), requireChangeReason, validateAndTransformBody(PostReviewIdsSchema)] },

    // The store's logo is a store setting; a branch's own is the branch manager's.
    { matcher: "/admin/kassa/branding", methods: ["GET"], middlewares: [guard("settings:read", { branch: fromQuery("location_id") }), validateAndTransformQuery(GetBrandingSchema, {})] },
    { matcher: "/admin/kassa/branding/logo", methods: ["POST"], middlewares: [guard("settings:manage"), validateAndTransformBody(SetLogoSchema)] },
    { matcher: "/admin/kassa/branding/logo", methods: ["DELETE"], middlewares: [guard("settings:manage")] },
    { matcher: "/admin/kassa/branches/:location_id/logo", methods: ["POST"], middlewares: [guard("branch:manage", { branch: fromParam("location_id") }), validateAndTransformBody(SetLogoSchema)] },
    { matcher: "/admin/kassa/branches/:location_id/logo", methods: ["DELETE"], middlewares: [guard("branch:manage", { branch: fromParam("location_id") })] },

    { matcher: "/admin/kassa/branches/:location_id", methods: ["GET"], middlewares: [branchGuard(fromParam("location_id"))] },
    {
      matcher: "/admin/kassa/branches/:location_id",
      methods: ["POST"],
      middlewares: [guard("branch:manage", { branch: fromParam("location_id") }), validateAndTransformBody(PostBranchSchema)],
    },
    {
      matcher: "/admin/kassa/branches/:location_id/close",
      methods: ["POST"],
      middlewares: [guard("branch:manage", { branch: fromParam("location_id"), allowClosed: true }), validateAndTransformBody(CloseBranchSchema)],
    },
    {
      matcher: "/admin/kassa/branches/:location_id/reopen",
      methods: ["POST"],
      middlewares: [guard("branch:manage", { branch: fromParam("location_id"), allowClosed: true }), validateAndTransformBody(ReopenBranchSchema)],
    },
    {
      matcher: "/admin/kassa/branches/:location_id/registers",
      methods: ["POST"],
      middlewares: [guard("branch:manage", { branch: fromParam("location_id") }), validateAndTransformBody(PostRegisterSchema)],
    },
    {
      matcher: "/admin/kassa/branches/:location_id/plugins",
      methods: ["POST"],
      middlewares: [guard("branch:manage", { branch: fromParam("location_id") }), validateAndTransformBody(PostPluginSwitchSchema)],
    },
    {
      matcher: "/admin/kassa/registers/:id",
      methods: ["POST"],
      middlewares: [guard("branch:manage", { branch: registerBranch }), validateAndTransformBody(UpdateRegisterSchema)],
    },
    { matcher: "/admin/kassa/registers/:id", methods: ["DELETE"], middlewares: [guard("branch:manage", { branch: registerBranch })] },

    { matcher: "/admin/kassa/staff", methods: ["GET"], middlewares: [guard("staff:manage")] },
    {
      matcher: "/admin/kassa/staff",
      methods: ["POST"],
      middlewares: [guard("staff:manage"), validateAndTransformBody(PostStaffSchema), checkGrantable],
    },
    { matcher: "/admin/kassa/staff/active", methods: ["GET"], middlewares: [guard("staff:manage")] },
    { matcher: "/admin/kassa/staff/:id", methods: ["GET"], middlewares: [guard("staff:manage")] },
    {
      matcher: "/admin/kassa/staff/:id",
      methods: ["POST"],
      middlewares: [guard("staff:manage"), checkStaffInReach, validateAndTransformBody(UpdateStaffSchema), checkGrantable],
    },
    {
      matcher: "/admin/kassa/staff/:id/pin",
      methods: ["POST"],
      middlewares: [guard("staff:manage"), checkStaffInReach, validateAndTransformBody(PostPinSchema)],
    },
    { matcher: "/admin/kassa/staff/:id/unlock", methods: ["POST"], middlewares: [guard("staff:manage"), checkStaffInReach] },
    // As sensitive as editing roles: only those who may (owners).
    {
      matcher: "/admin/kassa/staff/:id/second-factor/reset",
      methods: ["POST"],
      middlewares: [guard("role:manage"), checkStaffInReach, validateAndTransformBody(ResetSecondFactorSchema)],
    },
    // Archives, never deletion: a manager archives with a reason and restores (staff: not oneself, not the last owner).
    { matcher: "/admin/kassa/staff/:id/archive", methods: ["POST"], middlewares: [guard("staff:manage"), checkStaffInReach, validateAndTransformBody(ArchiveSchema)] },
    { matcher: "/admin/kassa/staff/:id/restore", methods: ["POST"], middlewares: [guard("staff:manage"), checkStaffInReach, validateAndTransformBody(RestoreSchema)] },
    { matcher: "/admin/kassa/pin/verify", methods: ["POST"], middlewares: [validateAndTransformBody(VerifyPinSchema)] },

    // Phones are stored in E.164: Medusa's own customer forms may not write one that cannot be read.
    { matcher: "/admin/customers", methods: ["POST"], middlewares: [refuseUnreadablePhone] },
    { matcher: "/admin/customers/:id", methods: ["POST"], middlewares: [refuseUnreadablePhone] },
    {
      matcher: "/admin/kassa/customers/duplicates",
      methods: ["GET"],
      middlewares: [guard("customer:merge"), validateAndTransformQuery(GetDuplicatesSchema, {})],
    },
    {
      matcher: "/admin/kassa/customers/:id/merge",
      methods: ["POST"],
      middlewares: [guard("customer:merge"), validateAndTransformBody(MergeCustomerSchema)],
    },
    // Customers belong to the store, not a branch (as merging).
    { matcher: "/admin/kassa/customers/archived", methods: ["GET"], middlewares: [guard("customer:archive"), validateAndTransformQuery(GetArchivedCustomersSchema, {})] },
    { matcher: "/admin/kassa/customers/:id/archive", methods: ["POST"], middlewares: [guard("customer:archive"), validateAndTransformBody(ArchiveSchema)] },
    { matcher: "/admin/kassa/customers/:id/restore", methods: ["POST"], middlewares: [guard("customer:archive"), validateAndTransformBody(RestoreSchema)] },
    // An order at the branch that sold it; housekeeping, so allowed at a closed branch too.
    {
      matcher: "/admin/kassa/orders/:id/archive",
      methods: ["POST"],
      middlewares: [guard("order:archive", { branch: orderBranch, allowClosed: true }), validateAndTransformBody(ArchiveSchema)],
    },
    {
      matcher: "/admin/kassa/orders/:id/restore",
      methods: ["POST"],
      middlewares: [guard("order:archive", { branch: orderBranch, allowClosed: true }), validateAndTransformBody(RestoreSchema)],
    },
    // Profiles are read as Medusa's customers are (any staff member); changed with customer:write.
    {
      matcher: "/admin/kassa/customers/:id/profile",
      methods: ["POST"],
      middlewares: [guard("customer:write"), validateAndTransformBody(PostCustomerProfileSchema)],
    },
    { matcher: "/admin/kassa/customers/frequent-rule", methods: ["GET"], middlewares: [guard("settings:read")] },
    {
      matcher: "/admin/kassa/customers/frequent-rule",
      methods: ["POST"],
      middlewares: [guard("settings:manage"), validateAndTransformBody(PostFrequentRuleSchema)],
    },

    { matcher: "/admin/kassa/roles", methods: ["GET"], middlewares: [guard("settings:read")] },
    { matcher: "/admin/kassa/roles", methods: ["POST"], middlewares: [guard("role:manage"), validateAndTransformBody(PostRoleSchema)] },
    { matcher: "/admin/kassa/roles/:id", methods: ["POST"], middlewares: [guard("role:manage"), validateAndTransformBody(UpdateRoleSchema)] },
    { matcher: "/admin/kassa/roles/:id", methods: ["DELETE"], middlewares: [guard("role:manage")] },
    // What another system's secret key may do: as sensitive as roles (owners).
    { matcher: "/admin/kassa/api-keys/:id/access", methods: ["GET"], middlewares: [guard("settings:read")] },
    { matcher: "/admin/kassa/api-keys/:id/access", methods: ["POST"], middlewares: [guard("role:manage"), validateAndTransformBody(ApiKeyAccessSchema)] },
    { matcher: "/admin/kassa/api-keys/:id/access", methods: ["DELETE"], middlewares: [guard("role:manage")] },
  ],
})
