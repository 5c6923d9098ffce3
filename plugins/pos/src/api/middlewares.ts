import { fromQuery } from "@kassa/core/kit"
import { defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { posPlugin } from "../plugin"
import { ScanSchema } from "./admin/kassa/pos/scan/validators"

const atCounter = posPlugin.guard("pos:sell", { branch: fromQuery("location_id"), branchRequired: true })

export default defineMiddlewares({
  routes: [
    {
      matcher: "/admin/kassa/pos/counter",
      methods: ["GET"],
      middlewares: [atCounter],
    },
    {
      matcher: "/admin/kassa/pos/scan",
      methods: ["GET"],
      middlewares: [atCounter, validateAndTransformQuery(ScanSchema, {})],
    },
  ],
})
