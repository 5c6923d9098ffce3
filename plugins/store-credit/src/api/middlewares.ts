import { fromBody, fromQuery, guard, validateAndTransformBody, validateAndTransformQuery } from "@kassa/core/kit"
import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { storeCreditPlugin as plugin } from "../plugin"
import { limitGiftCardLookups } from "../gift-cards/lookup-limit"
import { DisableGiftCardSchema, GiftCardLookupSchema, ListGiftCardsSchema } from "./admin/kassa/store-credit/gift-cards/validators"
import { GiftSalesSchema } from "./admin/kassa/store-credit/gift-sales/validators"
import { giftTicketBranch } from "./admin/kassa/store-credit/tickets/gift-caller"
import { MarkGiftsSchema } from "./admin/kassa/store-credit/tickets/validators"
import { IssueCreditSchema, ListAccountsSchema, ReverseSchema, SettingsSchema } from "./admin/kassa/store-credit/validators"

const base = "/admin/kassa/store-credit"
// Issuing and reversing happen at a branch: the manager's own, where the plugin is on.
const issuer = plugin.guard("store_credit:issue", { branch: fromBody("location_id"), branchRequired: true })
// Gifts are marked by whoever sells at the ticket's branch (the gift itself needs
// store_credit:gift_sale or a manager's PIN, checked in the workflow), where this plugin is on.
const atGiftTicket = guard("pos:sell", { branch: giftTicketBranch, branchRequired: true, plugin: plugin.id })

export default defineMiddlewares({
  routes: [
    // Credit is spent at any branch, so any staff member who may read it sees the whole account.
    { matcher: `${base}/customers/:customer_id`, methods: ["GET"], middlewares: [plugin.guard("store_credit:read")] },
    { matcher: `${base}/customers/:customer_id/credits`, methods: ["POST"], middlewares: [issuer, validateAndTransformBody(IssueCreditSchema)] },
    { matcher: `${base}/transactions/:id/reverse`, methods: ["POST"], middlewares: [issuer, validateAndTransformBody(ReverseSchema)] },

    // The admin's lists and settings (issue 25, admin part).
    { matcher: `${base}/accounts`, methods: ["GET"], middlewares: [plugin.guard("store_credit:read", { branch: fromQuery("location_id") }), validateAndTransformQuery(ListAccountsSchema, {})] },
    { matcher: `${base}/orders/:order_id`, methods: ["GET"], middlewares: [plugin.guard("store_credit:read")] },
    { matcher: `${base}/settings`, methods: ["GET"], middlewares: [plugin.guard("store_credit:read")] },
    { matcher: `${base}/settings`, methods: ["POST"], middlewares: [plugin.guard("store_credit:configure"), validateAndTransformBody(SettingsSchema)] },

    { matcher: "/store/kassa/store-credit*", middlewares: [authenticate("customer", ["session", "bearer"])] },
    // Gift cards: looked up by code from any branch; a lost one disabled by a manager.
    { matcher: `${base}/gift-cards/lookup`, methods: ["POST"], middlewares: [plugin.guard("store_credit:read"), validateAndTransformBody(GiftCardLookupSchema)] },
    { matcher: `${base}/gift-cards/:id/disable`, methods: ["POST"], middlewares: [issuer, validateAndTransformBody(DisableGiftCardSchema)] },
    // The gift card page is a manager's: cards sold (a branch's, when one is named) and their histories.
    { matcher: `${base}/gift-cards`, methods: ["GET"], middlewares: [plugin.guard("store_credit:issue", { branch: fromQuery("location_id") }), validateAndTransformQuery(ListGiftCardsSchema, {})] },
    { matcher: `${base}/gift-cards/:id`, methods: ["GET"], middlewares: [plugin.guard("store_credit:issue")] },
    // Gift sales (issue 25): lines given away at the counter, and their report.
    { matcher: `${base}/tickets/:ticket_id/gifts`, methods: ["GET", "DELETE"], middlewares: [atGiftTicket] },
    { matcher: `${base}/tickets/:ticket_id/gifts`, methods: ["POST"], middlewares: [atGiftTicket, validateAndTransformBody(MarkGiftsSchema)] },
    { matcher: `${base}/tickets/:ticket_id/gifts/:line_id`, methods: ["DELETE"], middlewares: [atGiftTicket] },
    { matcher: `${base}/gift-sales`, methods: ["GET"], middlewares: [plugin.guard("store_credit:gift_report", { branch: fromQuery("location_id") }), validateAndTransformQuery(GiftSalesSchema, {})] },
    { matcher: "/store/kassa/gift-cards/lookup", methods: ["POST"], middlewares: [limitGiftCardLookups, validateAndTransformBody(GiftCardLookupSchema)] },
  ],
})
