import { fromBody, fromParam, fromQuery, guard, type BranchFrom } from "@kassa/core/kit"
import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { posPlugin } from "../plugin"
import { PosSettingsSchema } from "./admin/kassa/pos/branches/validators"
import { CommissionsSchema } from "./admin/kassa/pos/commissions/validators"
import { FindCustomersSchema, QuickCustomerSchema } from "./admin/kassa/pos/customers/validators"
import { saleBranch, ticketBranch } from "./branch-of-ticket"
import { EmailReceiptSchema, ReceiptQuerySchema } from "./admin/kassa/pos/sales/validators"
import { ScanSchema } from "./admin/kassa/pos/scan/validators"
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

    { matcher: "/admin/kassa/pos/branches/:location_id/settings", methods: ["GET"], middlewares: [sellsAt(fromParam("location_id"))] },
    {
      matcher: "/admin/kassa/pos/branches/:location_id/settings",
      methods: ["POST"],
      middlewares: [guard("branch:manage", { branch: fromParam("location_id"), plugin: "pos" }), validateAndTransformBody(PosSettingsSchema)],
    },
    {
      matcher: "/admin/kassa/pos/commissions",
      methods: ["GET"],
      middlewares: [guard("sales:read_all", { branch: fromQuery("location_id"), branchRequired: true }), validateAndTransformQuery(CommissionsSchema, {})],
    },

    // Customers are the store's, not a branch's: anyone who sells may find or add one.
    { matcher: "/admin/kassa/pos/customers", methods: ["GET"], middlewares: [posPlugin.guard("pos:sell"), validateAndTransformQuery(FindCustomersSchema, {})] },
    { matcher: "/admin/kassa/pos/customers", methods: ["POST"], middlewares: [posPlugin.guard("pos:sell"), validateAndTransformBody(QuickCustomerSchema)] },

    {
      matcher: "/admin/kassa/pos/sales/:order_id/receipt",
      methods: ["GET"],
      middlewares: [sellsAt(saleBranch), validateAndTransformQuery(ReceiptQuerySchema, {})],
    },
    {
      matcher: "/admin/kassa/pos/sales/:order_id/receipt/email",
      methods: ["POST"],
      middlewares: [sellsAt(saleBranch), validateAndTransformBody(EmailReceiptSchema)],
    },
  ],
})
