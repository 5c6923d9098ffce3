import { type BranchFrom, fromBody, fromQuery, validateAndTransformBody, validateAndTransformQuery } from "@kassa/core/kit"
import { defineMiddlewares } from "@medusajs/framework/http"
import { stockPlugin as plugin } from "../plugin"
import {
  BranchBodySchema,
  BranchQuerySchema,
  CreateSupplierSchema,
  ApproveCountSchema,
  CancelCountSchema,
  CountLinesSchema,
  InvoiceSchema,
  ListCountsSchema,
  ListTransfersSchema,
  ListLevelsSchema,
  ListPurchaseOrdersSchema,
  ListSuppliersSchema,
  ListThresholdsSchema,
  ReceiveSchema,
  ReceiveTransferSchema,
  RequestTransferSchema,
  StartCountSchema,
  ReorderLinesSchema,
  SettingsSchema,
  SupplySchema,
  ThresholdSchema,
  UpdateSupplierSchema,
} from "./admin/kassa/stock/validators"
import { countBranch, purchaseOrderBranch, thresholdBranch, transferDestination, transferSource } from "./branch-of"

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

    // A transfer is requested, dispatched and canceled by its source, received by its destination;
    // either side reads it (the route checks the caller sees one of them).
    { matcher: `${base}/transfers`, methods: ["GET"], middlewares: [plugin.guard("stock:read", { branch: fromQuery("location_id") }), validateAndTransformQuery(ListTransfersSchema, {})] },
    {
      matcher: `${base}/transfers`,
      methods: ["POST"],
      middlewares: [plugin.guard("stock:transfer", { branch: fromBody("from_location_id"), branchRequired: true }), validateAndTransformBody(RequestTransferSchema)],
    },
    { matcher: `${base}/transfers/:id`, methods: ["GET"], middlewares: [plugin.guard("stock:read")] },
    { matcher: `${base}/transfers/:id/dispatch`, methods: ["POST"], middlewares: [plugin.guard("stock:transfer", { branch: transferSource })] },
    { matcher: `${base}/transfers/:id/cancel`, methods: ["POST"], middlewares: [plugin.guard("stock:transfer", { branch: transferSource })] },
    {
      matcher: `${base}/transfers/:id/receive`,
      methods: ["POST"],
      middlewares: [plugin.guard("stock:transfer_receive", { branch: transferDestination }), validateAndTransformBody(ReceiveTransferSchema)],
    },

    // A count belongs to its location; a manager there approves it.
    { matcher: `${base}/counts`, methods: ["GET"], middlewares: [plugin.guard("stock:read", { branch: fromQuery("location_id") }), validateAndTransformQuery(ListCountsSchema, {})] },
    { matcher: `${base}/counts`, methods: ["POST"], middlewares: [plugin.guard("stock:count", { branch: fromBody("location_id"), branchRequired: true }), validateAndTransformBody(StartCountSchema)] },
    { matcher: `${base}/counts/:id`, methods: ["GET"], middlewares: [plugin.guard("stock:read", { branch: countBranch })] },
    { matcher: `${base}/counts/:id/lines`, methods: ["POST"], middlewares: [plugin.guard("stock:count", { branch: countBranch }), validateAndTransformBody(CountLinesSchema)] },
    { matcher: `${base}/counts/:id/approve`, methods: ["POST"], middlewares: [plugin.guard("stock:count_approve", { branch: countBranch }), validateAndTransformBody(ApproveCountSchema)] },
    { matcher: `${base}/counts/:id/cancel`, methods: ["POST"], middlewares: [plugin.guard("stock:count", { branch: countBranch }), validateAndTransformBody(CancelCountSchema)] },

    { matcher: `${base}/settings`, methods: ["GET"], middlewares: [plugin.guard("stock:read")] },
    { matcher: `${base}/settings`, methods: ["POST"], middlewares: [plugin.guard("stock:configure"), validateAndTransformBody(SettingsSchema)] },
  ],
})
