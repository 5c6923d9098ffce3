import { type BranchFrom, fromBody, fromQuery } from "@kassa/core/kit"
import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { stockPlugin as plugin } from "../plugin"
import {
  BranchBodySchema,
  BranchQuerySchema,
  CreateSupplierSchema,
  InvoiceSchema,
  ListLevelsSchema,
  ListPurchaseOrdersSchema,
  ListSuppliersSchema,
  ListThresholdsSchema,
  ReceiveSchema,
  ReorderLinesSchema,
  SettingsSchema,
  SupplySchema,
  ThresholdSchema,
  UpdateSupplierSchema,
} from "./admin/kassa/stock/validators"
import { purchaseOrderBranch, thresholdBranch } from "./branch-of"

const base = "/admin/kassa/stock"
const suppliers = plugin.guard("stock:suppliers")
const receiving = plugin.guard("stock:receive", { branch: purchaseOrderBranch })
const ordering = (branch: BranchFrom) => plugin.guard("stock:order", { branch, branchRequired: true })

export default defineMiddlewares({
  routes: [
    // Suppliers are the store's, not a branch's.
    { matcher: `${base}/suppliers`, methods: ["GET"], middlewares: [plugin.guard("stock:read"), validateAndTransformQuery(ListSuppliersSchema, {})] },
    { matcher: `${base}/suppliers`, methods: ["POST"], middlewares: [suppliers, validateAndTransformBody(CreateSupplierSchema)] },
    { matcher: `${base}/suppliers/:id`, methods: ["GET"], middlewares: [plugin.guard("stock:read")] },
    { matcher: `${base}/suppliers/:id`, methods: ["POST"], middlewares: [suppliers, validateAndTransformBody(UpdateSupplierSchema)] },
    { matcher: `${base}/suppliers/:id/archive`, methods: ["POST"], middlewares: [suppliers] },
    { matcher: `${base}/suppliers/:id/restore`, methods: ["POST"], middlewares: [suppliers] },
    { matcher: `${base}/suppliers/:id/supplies`, methods: ["POST"], middlewares: [suppliers, validateAndTransformBody(SupplySchema)] },
    { matcher: `${base}/suppliers/:id/supplies/:variant_id`, methods: ["DELETE"], middlewares: [suppliers] },

    // A threshold of one branch is set by its staff; one without a branch applies to every branch.
    { matcher: `${base}/thresholds`, methods: ["GET"], middlewares: [plugin.guard("stock:read", { branch: fromQuery("location_id") }), validateAndTransformQuery(ListThresholdsSchema, {})] },
    { matcher: `${base}/thresholds`, methods: ["POST"], middlewares: [plugin.guard("stock:thresholds", { branch: fromBody("location_id") }), validateAndTransformBody(ThresholdSchema)] },
    { matcher: `${base}/thresholds/:id`, methods: ["DELETE"], middlewares: [plugin.guard("stock:thresholds", { branch: thresholdBranch })] },
    {
      matcher: `${base}/levels`,
      methods: ["GET"],
      middlewares: [plugin.guard("stock:read", { branch: fromQuery("location_id"), branchRequired: true }), validateAndTransformQuery(ListLevelsSchema, {})],
    },

    // Reorder lists are each staff member's own, at a branch they order for.
    { matcher: `${base}/reorder-list`, methods: ["GET"], middlewares: [ordering(fromQuery("location_id")), validateAndTransformQuery(BranchQuerySchema, {})] },
    { matcher: `${base}/reorder-list`, methods: ["POST"], middlewares: [ordering(fromBody("location_id")), validateAndTransformBody(ReorderLinesSchema)] },
    { matcher: `${base}/reorder-list/order`, methods: ["POST"], middlewares: [ordering(fromBody("location_id")), validateAndTransformBody(BranchBodySchema)] },
    { matcher: `${base}/reorder-list/:id`, methods: ["DELETE"], middlewares: [plugin.guard("stock:order")] },

    // A purchase order belongs to its destination branch.
    { matcher: `${base}/purchase-orders`, methods: ["GET"], middlewares: [plugin.guard("stock:read", { branch: fromQuery("location_id") }), validateAndTransformQuery(ListPurchaseOrdersSchema, {})] },
    { matcher: `${base}/purchase-orders/:id`, methods: ["GET"], middlewares: [plugin.guard("stock:read", { branch: purchaseOrderBranch })] },
    { matcher: `${base}/purchase-orders/:id/send`, methods: ["POST"], middlewares: [plugin.guard("stock:order", { branch: purchaseOrderBranch })] },
    { matcher: `${base}/purchase-orders/:id/cancel`, methods: ["POST"], middlewares: [plugin.guard("stock:order", { branch: purchaseOrderBranch })] },
    { matcher: `${base}/purchase-orders/:id/receive`, methods: ["POST"], middlewares: [receiving, validateAndTransformBody(ReceiveSchema)] },
    { matcher: `${base}/purchase-orders/:id/invoices`, methods: ["POST"], middlewares: [receiving, validateAndTransformBody(InvoiceSchema)] },

    { matcher: `${base}/settings`, methods: ["GET"], middlewares: [plugin.guard("stock:read")] },
    { matcher: `${base}/settings`, methods: ["POST"], middlewares: [plugin.guard("stock:configure"), validateAndTransformBody(SettingsSchema)] },
  ],
})
