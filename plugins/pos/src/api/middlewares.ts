import { fromBody, fromParam, fromQuery, guard, type BranchFrom, validateAndTransformBody, validateAndTransformQuery } from "@kassa/core/kit"
import { defineMiddlewares, type MiddlewareFunction } from "@medusajs/framework/http"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"
import { posPlugin } from "../plugin"
import { PosSettingsSchema } from "./admin/kassa/pos/branches/validators"
import { PinStaffSchema } from "./admin/kassa/pos/pin-staff/validators"
import { ListAgentsSchema } from "./admin/kassa/pos/agents/validators"
import { CashierSwitchSchema } from "./admin/kassa/pos/cashier-switch/validators"
import { CommissionsSchema } from "./admin/kassa/pos/commissions/validators"
import { CustomerReceiptsSchema, FindCustomersSchema, QuickCustomerSchema, RecentCustomerReceiptsSchema } from "./admin/kassa/pos/customers/validators"
import {
  CashMovementSchema,
  CloseDrawerSchema,
  DrawerReportSchema,
  ListDrawerSessionsSchema,
  OpenDrawerSchema,
} from "./admin/kassa/pos/drawer-sessions/validators"
import { CounterExchangeSchema, CounterReturnSchema, RefundReceiptSchema } from "./admin/kassa/pos/returns/validators"
import { EmailReceiptSchema, FindSalesSchema, ReceiptQuerySchema, RecentSalesSchema, VoidSaleSchema } from "./admin/kassa/pos/sales/validators"
import {
  ApproveReturnRequestSchema,
  CompleteReturnRequestSchema,
  ListReturnRequestsSchema,
  RejectReturnRequestSchema,
  ReturnRequestSlipSchema,
  SubmitReturnRequestSchema,
  ReturnRequestFeedSchema,
} from "./admin/kassa/pos/return-requests/validators"
import { registerBranch, sessionBranch } from "./branch-of-register"
import { returnBranch, returnRequestBranch, saleBranch, ticketBranch, webOrderBranch } from "./branch-of-ticket"
import { serveCounterPage } from "./counter-page"
import { serveFavicon } from "./favicon"
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
const approvesAt = (branch: BranchFrom) => posPlugin.guard("pos:approve_return", { branch, branchRequired: true })

/**
 * A receipt: a counter sale's for who sells at its branch (the counter reprints); a web order's
 * for who reads orders at the branch of its channel (the admin's purchase history).
 */
const readsOrderAt = guard("order:read", { branch: webOrderBranch })
const atSaleOrOrder: MiddlewareFunction = async (req, res, next) => {
  try {
    const pos: PosModuleService = req.scope.resolve(POS_MODULE)
    const counter = await pos.ticketLocation({ order_id: req.params.order_id })
    // The branch just found guards the counter sale: no second lookup.
    return (counter ? sellsAt(() => counter) : readsOrderAt)(req, res, next)
  } catch (e) {
    next(e)
  }
}

const atCounter = sellsAt(fromQuery("location_id"))
// Routes on a ticket are guarded at the ticket's own branch.
const atTicket = sellsAt(ticketBranch)
const atSession = sellsAt(sessionBranch)

export default defineMiddlewares({
  routes: [
    // The counter page itself (public files: it signs in through /auth like the admin).
    { matcher: "/pos", middlewares: [serveCounterPage()] },
    { matcher: "/favicon.ico", middlewares: [serveFavicon] },
    // A register's customer display follows it at the register's branch.
    { matcher: "/admin/kassa/pos/registers/:register_id/display", methods: ["GET"], middlewares: [sellsAt(registerBranch)] },

    { matcher: "/admin/kassa/pos/counter", methods: ["GET"], middlewares: [atCounter] },
    { matcher: "/admin/kassa/pos/cashier-switch", methods: ["POST"], middlewares: [sellsAt(fromBody("location_id")), validateAndTransformBody(CashierSwitchSchema)] },
    { matcher: "/admin/kassa/pos/pin-staff", methods: ["GET"], middlewares: [atCounter, validateAndTransformQuery(PinStaffSchema, {})] },
    { matcher: "/admin/kassa/pos/agents", methods: ["GET"], middlewares: [atCounter, validateAndTransformQuery(ListAgentsSchema, {})] },
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
    // A customer's history reads like orders: who reads orders, at their branches (the routes narrow
    // every figure and receipt to them). The counter's panel: who sells there, at their branches.
    { matcher: "/admin/kassa/pos/customers/:id/history", methods: ["GET"], middlewares: [guard("order:read")] },
    { matcher: "/admin/kassa/pos/customers/:id/receipts", methods: ["GET"], middlewares: [guard("order:read"), validateAndTransformQuery(CustomerReceiptsSchema, {})] },
    {
      matcher: "/admin/kassa/pos/customers/:id/recent-receipts",
      methods: ["GET"],
      middlewares: [atCounter, validateAndTransformQuery(RecentCustomerReceiptsSchema, {})],
    },

    {
      matcher: "/admin/kassa/pos/sales/:order_id/receipt",
      methods: ["GET"],
      middlewares: [atSaleOrOrder, validateAndTransformQuery(ReceiptQuerySchema, {})],
    },
    { matcher: "/admin/kassa/pos/sales", methods: ["GET"], middlewares: [atCounter, validateAndTransformQuery(FindSalesSchema, {})] },
    // The admin's order list: who reads orders reads counter sales, at their branches.
    {
      matcher: "/admin/kassa/pos/sales/recent",
      methods: ["GET"],
      middlewares: [guard("order:read", { branch: fromQuery("location_id") }), validateAndTransformQuery(RecentSalesSchema, {})],
    },
    // Returns are taken at the register's branch; large or late ones need pos:refund (the workflow checks).
    { matcher: "/admin/kassa/pos/returns", methods: ["POST"], middlewares: [sellsAt(registerBranch), validateAndTransformBody(CounterReturnSchema)] },
    { matcher: "/admin/kassa/pos/exchanges", methods: ["POST"], middlewares: [sellsAt(registerBranch), validateAndTransformBody(CounterExchangeSchema)] },
    {
      matcher: "/admin/kassa/pos/returns/:id/receipt",
      methods: ["GET"],
      middlewares: [sellsAt(returnBranch), validateAndTransformQuery(RefundReceiptSchema, {})],
    },
    // Return requests: asked at the register's branch (only returns over the branch's limits), decided
    // by who approves returns at the request's branch, completed and printed at the counter there.
    {
      matcher: "/admin/kassa/pos/return-requests",
      methods: ["GET"],
      middlewares: [posPlugin.guard("pos:sell", { branch: fromQuery("location_id") }), validateAndTransformQuery(ListReturnRequestsSchema, {})],
    },
    { matcher: "/admin/kassa/pos/return-requests", methods: ["POST"], middlewares: [sellsAt(registerBranch), validateAndTransformBody(SubmitReturnRequestSchema)] },
    {
      matcher: "/admin/kassa/pos/return-requests/feed",
      methods: ["GET"],
      middlewares: [posPlugin.guard("pos:sell", { branch: fromQuery("location_id"), branchRequired: true }), validateAndTransformQuery(ReturnRequestFeedSchema, {})],
    },
    {
      matcher: "/admin/kassa/pos/return-requests/:id/approve",
      methods: ["POST"],
      middlewares: [approvesAt(returnRequestBranch), validateAndTransformBody(ApproveReturnRequestSchema)],
    },
    {
      matcher: "/admin/kassa/pos/return-requests/:id/reject",
      methods: ["POST"],
      middlewares: [approvesAt(returnRequestBranch), validateAndTransformBody(RejectReturnRequestSchema)],
    },
    {
      matcher: "/admin/kassa/pos/return-requests/:id/complete",
      methods: ["POST"],
      middlewares: [sellsAt(returnRequestBranch), validateAndTransformBody(CompleteReturnRequestSchema)],
    },
    {
      matcher: "/admin/kassa/pos/return-requests/:id/slip",
      methods: ["GET"],
      middlewares: [sellsAt(returnRequestBranch), validateAndTransformQuery(ReturnRequestSlipSchema, {})],
    },
    // Voiding needs pos:void, or a manager's PIN in the body: the workflow checks which.
    { matcher: "/admin/kassa/pos/sales/:order_id/void", methods: ["POST"], middlewares: [sellsAt(saleBranch), validateAndTransformBody(VoidSaleSchema)] },

    {
      matcher: "/admin/kassa/pos/drawer-sessions",
      methods: ["GET"],
      middlewares: [atCounter, validateAndTransformQuery(ListDrawerSessionsSchema, {})],
    },
    { matcher: "/admin/kassa/pos/drawer-sessions", methods: ["POST"], middlewares: [sellsAt(registerBranch), validateAndTransformBody(OpenDrawerSchema)] },
    { matcher: "/admin/kassa/pos/drawer-sessions/:id", methods: ["GET"], middlewares: [atSession] },
    {
      matcher: "/admin/kassa/pos/drawer-sessions/:id/cash-movements",
      methods: ["POST"],
      middlewares: [atSession, validateAndTransformBody(CashMovementSchema)],
    },
    { matcher: "/admin/kassa/pos/drawer-sessions/:id/close", methods: ["POST"], middlewares: [atSession, validateAndTransformBody(CloseDrawerSchema)] },
    {
      matcher: "/admin/kassa/pos/drawer-sessions/:id/report",
      methods: ["GET"],
      middlewares: [atSession, validateAndTransformQuery(DrawerReportSchema, {})],
    },

    {
      matcher: "/admin/kassa/pos/sales/:order_id/receipt/email",
      methods: ["POST"],
      middlewares: [atSaleOrOrder, validateAndTransformBody(EmailReceiptSchema)],
    },
  ],
})
