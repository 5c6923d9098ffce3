import { fromQuery, validateAndTransformQuery } from "@kassa/core/kit"
import { defineMiddlewares } from "@medusajs/framework/http"
import { reportsPlugin } from "../plugin"
import { DashboardSchema, SalesExportSchema, SalesReportSchema } from "./admin/kassa/reports/validators"

const base = "/admin/kassa/reports"
// A manager reads the branches they work at; ?branch_id= narrows to one of them (else 403).
const reads = reportsPlugin.guard("reports:read", { branch: fromQuery("branch_id") })

export default defineMiddlewares({
  routes: [
    { matcher: `${base}/dashboard`, methods: ["GET"], middlewares: [reads, validateAndTransformQuery(DashboardSchema, {})] },
    { matcher: `${base}/sales`, methods: ["GET"], middlewares: [reads, validateAndTransformQuery(SalesReportSchema, {})] },
    { matcher: `${base}/sales/export`, methods: ["GET"], middlewares: [reads, validateAndTransformQuery(SalesExportSchema, {})] },
  ],
})
