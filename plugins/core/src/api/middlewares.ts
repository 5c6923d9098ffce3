import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listVariantCostsConfig } from "./admin/kassa/variant-costs/query-config"
import { GetVariantCostsSchema, PostVariantCostsSchema } from "./admin/kassa/variant-costs/validators"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/admin/kassa/variant-costs",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(GetVariantCostsSchema, listVariantCostsConfig)],
    },
    {
      matcher: "/admin/kassa/variant-costs",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(PostVariantCostsSchema)],
    },
  ],
})
