import { fromBody, fromQuery, type BranchFrom } from "@kassa/core/kit"
import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { posPlugin } from "../plugin"
import { ScanSchema } from "./admin/kassa/pos/scan/validators"
import { ticketBranch } from "./admin/kassa/pos/tickets/ticket-branch"
import {
  AddLineSchema,
  CheckoutSchema,
  ListTicketsSchema,
  OpenTicketSchema,
  UpdateLineSchema,
  UpdateTicketSchema,
} from "./admin/kassa/pos/tickets/validators"

const sellsAt = (branch: BranchFrom) => posPlugin.guard("pos:sell", { branch, branchRequired: true })

const atCounter = sellsAt(fromQuery("location_id"))
// Routes on a ticket are guarded at the ticket's own branch.
const atTicket = sellsAt(ticketBranch)

export default defineMiddlewares({
  routes: [
    { matcher: "/admin/kassa/pos/counter", methods: ["GET"], middlewares: [atCounter] },
    { matcher: "/admin/kassa/pos/scan", methods: ["GET"], middlewares: [atCounter, validateAndTransformQuery(ScanSchema, {})] },

    { matcher: "/admin/kassa/pos/tickets", methods: ["GET"], middlewares: [atCounter, validateAndTransformQuery(ListTicketsSchema, {})] },
    {
      matcher: "/admin/kassa/pos/tickets",
      methods: ["POST"],
      middlewares: [sellsAt(fromBody("location_id")), validateAndTransformBody(OpenTicketSchema)],
    },
    { matcher: "/admin/kassa/pos/tickets/:id", methods: ["GET"], middlewares: [atTicket] },
    { matcher: "/admin/kassa/pos/tickets/:id", methods: ["POST"], middlewares: [atTicket, validateAndTransformBody(UpdateTicketSchema)] },
    { matcher: "/admin/kassa/pos/tickets/:id/lines", methods: ["POST"], middlewares: [atTicket, validateAndTransformBody(AddLineSchema)] },
    {
      matcher: "/admin/kassa/pos/tickets/:id/lines/:line_id",
      methods: ["POST"],
      middlewares: [atTicket, validateAndTransformBody(UpdateLineSchema)],
    },
    { matcher: "/admin/kassa/pos/tickets/:id/lines/:line_id", methods: ["DELETE"], middlewares: [atTicket] },
    { matcher: "/admin/kassa/pos/tickets/:id/checkout", methods: ["POST"], middlewares: [atTicket, validateAndTransformBody(CheckoutSchema)] },
  ],
})
