/**
 * What other Kassa plugins import from @kassa/core/kit: declare the plugin, guard its routes.
 *
 *   export const warranty = defineKassaPlugin({ id: "warranty", name: "Warranty", description: "…",
 *     defaultEnabled: true, policies: { "warranty:update": "Move claims through their states" },
 *     roles: { Manager: { policies: ["warranty:update"] } } })
 *   middlewares: [warranty.guard("warranty:update", { branch: fromBody("location_id") })]
 */
export { defineKassaPlugin } from "./access/define-plugin"
export type { KassaPlugin } from "./access/define-plugin"
export { accessOf, grants } from "./access/access"
export type { Access } from "./access/access"
export { fromBody, fromHeader, fromParam, fromQuery } from "./access/branch-context"
export type { BranchFrom } from "./access/branch-context"
// What a list may show: every branch, or the ids of the caller's (or the one asked for).
export { visibleBranches } from "./access/branch-scope"
export type { BranchScope } from "./access/branch-scope"
export { forgetPluginSwitches, isPluginOn } from "./access/switches"
export { approverOf, authorizeByPin } from "./access/pin-approval"
export type { ApproverInput, AuthorizeByPinInput, PinApproval } from "./access/pin-approval"
// One matching rule for every path a plugin compares: the canonical path, case ignored.
export { routeMatch, routeMethodOf, routePathOf } from "./access/route-path"
export { tokenExpiry, tokenKey } from "./access/sign-in-token"
export { listPlugins, getPlugin, allPolicies } from "./access/registry"
export { defaultRoles, ensureDefaultRoles, grantPluginRoles, rolesGrantedByCore } from "./access/default-roles"
export type { CorePolicy } from "./access/core-plugin"
export { BRANCH_MODULE } from "./modules/branch"
export { STAFF_MODULE } from "./modules/staff"
export type { default as BranchModuleService } from "./modules/branch/service"
export type { default as StaffModuleService } from "./modules/staff/service"
// A branch's facts (code, name, time zone, address), by stock location or sales channel: the one reading.
export { branchAt, branchAtOr404 } from "./utils/branch-facts"
export { DEFAULT_COUNTRY, DEFAULT_TIMEZONE } from "./modules/branch/defaults"
export type { BranchFacts, BranchWhere } from "./utils/branch-facts"
// Setting a store up from a script or a test (the demo seed, integration tests), as the admin does.
export { upsertBranchWorkflow } from "./workflows/branches/workflows/upsert-branch"
// A branch closes and reopens; each plugin may say what must be settled before it closes.
export { closeBranchWorkflow, reopenBranchWorkflow } from "./workflows/branches/workflows/close-branch"
export { branchCloseObjections, defineBranchCloseCheck } from "./branches/close-checks"
export type { BranchCloseCheck } from "./branches/close-checks"
// The manager's dashboard: each plugin contributes a card of figures; the reports plugin renders them.
export { dashboardFigureProviders, defineDashboardFigures } from "./dashboard/figures"
export type { DashboardFigure, DashboardFiguresProvider, DashboardFiguresScope } from "./dashboard/figures"
// The logo a branch prints (its own, else the store's) and its bytes for PDFs and printers.
export { logoBytes, logoFor, logoKind } from "./branding/logo"
export type { Logo, LogoKind } from "./branding/logo"
export { setLogoWorkflow } from "./workflows/branding/workflows/set-logo"
export { createRegisterWorkflow } from "./workflows/branches/workflows/upsert-register"
export { createStaffWorkflow } from "./workflows/staff/workflows/create-staff"
export { upsertVariantCostsWorkflow } from "./workflows/variant-costs/workflows/upsert-variant-costs"
// The cost upsert as a step, with its compensation, for a workflow of another plugin to compose.
export { upsertVariantCostsStep } from "./workflows/variant-costs/steps/upsert-variant-costs"
// Markup pricing: prices from costs (apply, reviews), and the price-writing step (with its undo).
export { applyMarkupPricesWorkflow, applyPriceReviewsWorkflow, PRICING_LOCK } from "./workflows/pricing/workflows/pricing"
export { writeVariantPricesStep } from "./workflows/pricing/steps/write-variant-prices"
export type { PriceWrite } from "./workflows/pricing/steps/write-variant-prices"
export { markupPrice, roundPrice } from "./pricing/markup"
export { ean13, isValidGtin } from "./utils/barcode"
// Exact centavo arithmetic for the feature plugins' ledgers and schedules.
export { centavosAmount, centavosDecimal, toCentavos } from "./utils/centavos"
// For a route that needs another plugin's policy (e.g. core's branch:manage on a POS setting).
export { guard } from "./access/guard"
// The settings:read migration script, exported so its test can run it twice (it must be idempotent).
export { default as rolePolicySettingsRead } from "./migration-scripts/role-policy-settings-read"
// Input bounds and the card-number detector every plugin's validators use (and audit's SQL twin).
export { freeData, freeText, id, ids, money, pagination, quantity, MAX_MONEY } from "./validation/schemas"
export { CARD_NUMBER_REFUSED, findCardNumber, findCardNumberIn, isCardNumber, maskCardNumbers, passesLuhn } from "./validation/card-number"
export { CARD_NUMBER_SQL } from "./validation/card-number-sql"
// Interrupted work: the journal every money-moving workflow runs under (its lease, its facts,
// the answer a retry gets), each kind's recovery, and the crash-test seam (see the README).
export { WORK_MODULE } from "./modules/work"
export type { default as WorkModuleService, WorkRunRecord } from "./modules/work/service"
export { INSTANCE_ID, LEASE_SECONDS, underLease } from "./work/lease"
export type { LeaseRenewer } from "./work/lease"
export { leasedQueue } from "./work/leased-queue"
export type { LeasedQueueOptions } from "./work/leased-queue"
export { failpoint, failpointStep } from "./work/failpoint"
export { forgetWorkFactsOn, recordWorkFacts, recordWorkFactsOn, runJournaled } from "./work/run-journaled"
export type { JournaledWork, SettledRun } from "./work/run-journaled"
export { planWorkIdStep, recordWorkFactsStep } from "./work/record-facts-step"
export { defineWorkRecovery, recoverWork, sweepWork } from "./work/recoveries"
export type { WorkOutcome, WorkRecovery } from "./work/recoveries"
// A plugin's slip on its way to a printer (Z report, claim slip, …): the event and its shape.
export { DOCUMENT_COLUMNS, DOCUMENT_READY, DOCUMENT_TASKS, emitDocumentReady } from "./documents/document-ready"
export { slipCenter, slipMoney, slipRow, slipRule, slipWrap } from "./documents/slip-layout"
export type { DocumentTask, ReadyDocument } from "./documents/document-ready"
// Customers: phones in E.164, one spelling everywhere; and merging a duplicate, where each plugin
// moves its own rows through a merge hook (see the README).
export { normalizePhone, normalizedOrNull, phoneNumber } from "./customers/phone"
export type { PhoneCountry } from "./customers/phone"
export { customerMergeHooks, defineCustomerMergeHook, removeCustomerMergeHook } from "./customers/merge-hooks"
export type { CustomerMergeContext, CustomerMergeHook } from "./customers/merge-hooks"
export { CUSTOMER_MERGED, mergeCustomersWorkflow } from "./workflows/customers"
export type { MergeCustomersInput } from "./workflows/customers"
export { CUSTOMER_MERGE_MODULE } from "./modules/customer-merge"
// The two one-off scripts of this feature, exported so a test can run them (twice: idempotent).
export { default as normalizeCustomerPhones } from "./migration-scripts/normalize-customer-phones"
export { default as rolePolicyCustomerMerge } from "./migration-scripts/role-policy-customer-merge"
export type { default as CustomerMergeModuleService } from "./modules/customer-merge/service"
// Customers: a profile beside Medusa's customer, and the Frequent group the store's rule fills
// (pos re-evaluates after each sale and return; core nightly and when the rule changes).
export { CUSTOMER_PROFILE_MODULE } from "./modules/customer-profile"
export type { default as CustomerProfileModuleService } from "./modules/customer-profile/service"
export { GENDERS } from "./modules/customer-profile/models"
export { customerProfileFields } from "./api/admin/kassa/customers/validators"
export {
  evaluateAllFrequentCustomers,
  evaluateFrequentCustomersWorkflow,
  FREQUENT_GROUP,
  FREQUENT_RULE_CHANGED,
  frequentCustomerIds,
  frequentRuleOf,
  upsertCustomerProfileStep,
  upsertCustomerProfileWorkflow,
} from "./workflows/customers"
export type { CustomerProfileInput, Gender } from "./workflows/customers"
// A change's reason (header X-Kassa-Reason, stored by the audit plugin with its entries), required where a plugin wants one.
export { REASON_HEADER, REASON_REQUIRED, requireChangeReason } from "./validation/change-reason"
// Archives, never deletion: orders, customers and staff archived with a reason and restored by a manager.
export {
  archiveCustomerWorkflow,
  archiveOrderRecordWorkflow,
  archiveStaffWorkflow,
  restoreCustomerWorkflow,
  restoreOrderRecordWorkflow,
  restoreProductWorkflow,
  restoreStaffWorkflow,
} from "./workflows/archives"
export type { CustomerArchiveRecord, OrderArchiveRecord } from "./workflows/archives"
// Its one-off script (the system Manager role gets order:archive and customer:archive), exported for a test.
export { default as rolePolicyArchives } from "./migration-scripts/role-policy-archives"
// Medusa's validateAndTransformBody/Query, keeping the schema on the middleware for the OpenAPI
// document (GET /admin/kassa/openapi.json): every plugin's middlewares.ts imports them from here.
export { validateAndTransformBody, validateAndTransformQuery, validationOf } from "./openapi/validated"
export type { Validation } from "./openapi/validated"
