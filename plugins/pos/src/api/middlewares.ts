import { fromQuery } from "@kassa/core/kit"
import { defineMiddlewares } from "@medusajs/framework/http"
import { posPlugin } from "../plugin"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/admin/kassa/pos/counter",
      methods: ["GET"],
      middlewares: [posPlugin.guard("pos:sell", { branch: fromQuery("location_id"), branchRequired: true })],
    },
  ],
})
