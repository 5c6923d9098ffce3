import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { ownMethodsOf, tendersAt } from "../../../sale/branch-tenders"
import { cents, money, num } from "../../../sale/money"
import { pluginTender } from "../../../sale/tender-registry"

export type ReturnLineInput = { item_id: string; quantity: number; condition: "resellable" | "damaged" }
export type RefundInput = { method: string; reference?: string; card_last4?: string }

export type PreparedReturn = {
  order_id: string
  receipt_number: string
  stock_location_id: string
  drawer_session_id: string | null
  lines: (ReturnLineInput & { title: string; amount: string })[]
  refund_total: number
  /** Above the branch's amount, later than its days or without a receipt: a manager must approve. */
  needs_approval: boolean
  approval_reason: string | null
}

const dayMs = 24 * 60 * 60 * 1000

/**
 * Checks a counter return before anything is written: a completed counter sale, lines of it with
 * units still returnable, a refund method the branch takes (cash needs the register's drawer
 * open; a plugin's tender checks what it needs, e.g. the sale's customer), and whether the branch's limits (amount, days) or a
 * missing receipt call for a manager. Each line refunds its share of what
 * the customer paid for it (VAT and discounts included), rounded to the centavo.
 */
export const prepareReturnStep = createStep(
  "kassa-pos-prepare-return",
  async (
    input: {
      order_id: string
      register_id: string
      stock_location_id: string
      items: ReturnLineInput[]
      refund: RefundInput
      /** A return request asks now and pays later: the drawer is checked when it is completed. */
      for_request?: boolean
      /** Units of each item that open return requests have asked for already (not returnable again). */
      held?: Record<string, number>
      /** The numbers of those requests, per item, for the refusal's message. */
      held_by?: Record<string, string[]>
      /** The customer brought no receipt (the sale was found by phone or e-mail). */
      no_receipt?: boolean
    },
    { container }
  ) => {
    const pos: PosModuleService = container.resolve(POS_MODULE)
    const [ticket] = await pos.listTickets({ order_id: input.order_id })
    if (!ticket?.receipt_number) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} is not a counter sale`)
    if (ticket.status !== "completed") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Sale ${ticket.receipt_number} is ${ticket.status}: nothing to return`)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: orders }, settings, [drawer]] = await Promise.all([
      query.graph({ entity: "order", fields: ["id", "status", "total", "currency_code", "customer_id", "items.*", "items.detail.*", "items.refundable_total"], filters: { id: input.order_id } }),
      pos.settingsFor(input.stock_location_id),
      pos.listDrawerSessions({ register_id: input.register_id, status: "open" }, { select: ["id"] }),
    ])
    type Item = { id: string; title: string; quantity: unknown; refundable_total: unknown; detail?: { return_requested_quantity?: unknown; return_received_quantity?: unknown; return_dismissed_quantity?: unknown } }
    const order = orders[0] as { status: string; currency_code: string; customer_id: string | null; items: Item[] } | undefined
    if (!order || order.status === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Sale ${ticket.receipt_number} was canceled`)
    // An archived sale is history: a manager restores it first (core's archive) if goods come back.
    if (order.status === "archived") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Sale ${ticket.receipt_number} is archived: a manager restores it before anything is returned`)

    if (!input.items.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Choose at least one line to return")
    // What is still returnable of each item, in units and money (Medusa's refundable total).
    const left = new Map<string, { units: number; amount: number }>()
    const lines = input.items.map((line) => {
      const item = order.items.find((i) => i.id === line.item_id)
      if (!item) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Sale ${ticket.receipt_number} has no line ${line.item_id}`)
      const d = item.detail ?? {}
      const gone =
        num(d.return_requested_quantity as number) + num(d.return_received_quantity as number) + num(d.return_dismissed_quantity as number) + (input.held?.[item.id] ?? 0)
      const rest = left.get(item.id) ?? { units: num(item.quantity as number) - gone, amount: cents(num(item.refundable_total as number)) }
      if (line.quantity > rest.units) {
        const before = num(item.quantity as number) - gone
        const held = input.held?.[item.id] ?? 0
        // Units another request is waiting on: say so, rather than only that they cannot come back.
        if (held > 0 && line.quantity <= rest.units + held) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `${item.title}: ${held} of the units sold already have an open return request (${(input.held_by?.[item.id] ?? []).join(", ")}); ${before} more can be returned`
          )
        }
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `${item.title}: ${line.quantity} to return but only ${before} of ${num(item.quantity as number)} can still be returned`)
      }
      // The last units take what is left, so the refunds of a line add up to what was paid for it.
      const amount = line.quantity === rest.units ? rest.amount : cents(MathBN.div(MathBN.mult(rest.amount, line.quantity), rest.units))
      left.set(item.id, { units: rest.units - line.quantity, amount: cents(MathBN.sub(rest.amount, amount)) })
      return { ...line, title: item.title, amount: money(amount), raw: amount }
    })
    if (new Set(lines.map((l) => `${l.item_id}:${l.condition}`)).size !== lines.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A line is given twice with the same condition: add up its quantity")
    }
    const refund_total = cents(MathBN.sum(0, ...lines.map((l) => l.raw)))

    const methods = (await tendersAt(container, input.stock_location_id, ownMethodsOf(settings))).filter((t) => t.refundable).map((t) => t.id)
    if (!methods.includes(input.refund.method)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Refund by ${input.refund.method} is not possible here: refund by ${methods.join(", ")}`)
    }
    await pluginTender(input.refund.method)?.refund?.validate?.({
      container,
      order_id: input.order_id,
      customer_id: order.customer_id,
      stock_location_id: input.stock_location_id,
      currency_code: order.currency_code,
      amount: money(refund_total),
    })
    if (input.refund.method === "card" && !/^\d{4}$/.test(input.refund.card_last4 ?? "")) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A card refund needs card_last4: the last four digits of the card refunded")
    }
    if (input.refund.method === "cash" && !drawer && !input.for_request) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This register's cash drawer is not open: open it to give cash back")
    }

    const limit = num(settings.return_approval_amount)
    const days = (Date.now() - new Date(ticket.completed_at!).getTime()) / dayMs
    // Every reason a manager is needed for, so the approver reads them all (amounts as staff read them).
    const shown = (n: number) => `${order.currency_code.toUpperCase()} ${Number(money(n)).toLocaleString("en-PH", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
    const reasons = [
      refund_total > limit ? `refund ${shown(refund_total)} is above the branch's ${shown(limit)}` : null,
      days > settings.return_approval_days ? `the sale is ${Math.floor(days)} days old, over the branch's ${settings.return_approval_days}` : null,
      input.no_receipt ? "the customer has no receipt" : null,
    ].filter((r): r is string => r != null)
    const approval_reason = reasons.length ? reasons.join("; ") : null

    return new StepResponse<PreparedReturn>({
      order_id: input.order_id,
      receipt_number: ticket.receipt_number,
      stock_location_id: input.stock_location_id,
      drawer_session_id: drawer?.id ?? null,
      lines: lines.map(({ raw: _raw, ...l }) => l),
      refund_total,
      needs_approval: approval_reason != null,
      approval_reason,
    })
  }
)

/**
 * What authorizeOverrideStep checks for a return or exchange: pos:refund when the limits call for
 * it, unless a manager approved it beforehand (`approved_by`: a return request completed).
 */
export const refundApproval = ({
  input,
  prepared,
}: {
  input: { caller: { staff_member_id: string; may_refund: boolean }; approval?: { staff_id: string; pin: string }; stock_location_id: string; approved_by?: string }
  prepared: PreparedReturn
}) => ({
  needed: prepared.needs_approval && !input.approved_by,
  caller_staff_id: input.caller.staff_member_id,
  caller_may: input.caller.may_refund,
  approval: input.approval,
  stock_location_id: input.stock_location_id,
  policy: "pos:refund" as const,
})
