import { fromQuery, validateAndTransformQuery } from "@kassa/core/kit"
import { defineMiddlewares } from "@medusajs/framework/http"
import { recordAccessEvents } from "../capture/access-events"
import { openAuditContext } from "../capture/request-context"
import { auditPlugin } from "../plugin"
import { AuditFiltersSchema, HistorySchema, ListAuditSchema } from "./admin/kassa/audit/validators"

const reader = auditPlugin.guard("audit:read", { branch: fromQuery("branch_id") })

export default defineMiddlewares({
  routes: [
    // Every API request: its database writes carry who made them; its refusals are recorded.
    ...["/admin", "/store", "/auth"].map((matcher) => ({ matcher, middlewares: [openAuditContext, recordAccessEvents] })),

    { matcher: "/admin/kassa/audit/entries", methods: ["GET"], middlewares: [reader, validateAndTransformQuery(ListAuditSchema, {})] },
    { matcher: "/admin/kassa/audit/entries/:seq", methods: ["GET"], middlewares: [reader] },
    { matcher: "/admin/kassa/audit/export", methods: ["GET"], middlewares: [reader, validateAndTransformQuery(AuditFiltersSchema, {})] },
    { matcher: "/admin/kassa/audit/verify", methods: ["GET"], middlewares: [reader] },
    { matcher: "/admin/kassa/audit/meta", methods: ["GET"], middlewares: [reader] },
    { matcher: "/admin/kassa/audit/history", methods: ["GET"], middlewares: [reader, validateAndTransformQuery(HistorySchema, {})] },
  ],
})
