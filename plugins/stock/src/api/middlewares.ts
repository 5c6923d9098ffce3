import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { stockPlugin as plugin } from "../plugin"
import { CreateSupplierSchema, ListSuppliersSchema, SupplySchema, UpdateSupplierSchema } from "./admin/kassa/stock/validators"

const base = "/admin/kassa/stock"
const suppliers = plugin.guard("stock:suppliers")

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
  ],
})
