import { branchAt, centavosDecimal, DEFAULT_TIMEZONE, slipCenter, slipMoney, slipRow, slipRule, slipWrap, STAFF_MODULE, type StaffModuleService, toCentavos } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { preorderOr404 } from "../api/admin/kassa/preorders/read"

const when = (at: Date, timeZone: string, style: "date" | "dateTime") =>
  new Intl.DateTimeFormat("en-PH", { timeZone, dateStyle: "medium", ...(style === "dateTime" ? { timeStyle: "short" } : {}) }).format(at).replace(/[\u00a0\u202f]/g, " ")

const TITLES: Record<string, string> = { deposit: "DEPOSIT", payment: "PAYMENT", refund: "REFUND" }

/**
 * The customer's slip for one payment on a pre-order or layaway (42 columns, as a receipt
 * printer prints it): what was paid, what is paid in all, what is still owed, and when the goods
 * are expected (a pre-order) or until when they are kept (a layaway). Its number is what the
 * customer shows to pay or collect at any branch. Null when the payment is not the pre-order's.
 */
export async function preorderSlip(container: MedusaContainer, { preorder_id, receipt_number }: { preorder_id: string; receipt_number?: string }) {
  const p = await preorderOr404(container, preorder_id)
  const payment = receipt_number ? p.payments.find((x) => x.receipt_number === receipt_number) : p.payments.at(-1)
  if (!payment) return null
  const [branch, holding, [customer]] = await Promise.all([
    branchAt(container, { stock_location_id: payment.stock_location_id }),
    branchAt(container, { stock_location_id: p.stock_location_id }),
    container.resolve(Modules.CUSTOMER).listCustomers({ id: p.customer_id }, { select: ["first_name", "last_name", "phone"] }),
  ])
  const timezone = branch?.timezone ?? DEFAULT_TIMEZONE
  const money = (amount: string) => slipMoney(amount, p.currency_code)
  // Paid up to and including this payment: a reprint says what the slip said then.
  const upTo = p.payments.slice(0, p.payments.indexOf(payment) + 1).reduce((s, x) => s + toCentavos(x.amount), 0)
  const owed = toCentavos(p.total) - upTo
  const kind = p.kind === "layaway" ? "LAYAWAY" : "PRE-ORDER"
  const lines = [
    ...slipWrap(branch?.name ?? "").map(slipCenter),
    slipRule,
    slipCenter(`${kind} ${TITLES[payment.type]}`),
    slipRule,
    slipRow("Receipt no.", payment.receipt_number),
    slipRow(p.kind === "layaway" ? "Layaway" : "Pre-order", p.number),
    slipRow("Date", when(new Date(payment.created_at), timezone, "dateTime")),
    ...(customer ? [slipRow("Customer", [customer.first_name, customer.last_name].filter(Boolean).join(" ")), ...(customer.phone ? [slipRow("Phone", customer.phone)] : [])] : []),
    slipRule,
    ...slipWrap(`${p.quantity} x ${p.title}`),
    slipRow("Total", money(p.total)),
    slipRow(`${payment.type === "refund" ? "Refunded" : "Paid"} (${payment.tender})`, money(payment.amount.replace("-", ""))),
    slipRow("Paid in all", money(centavosDecimal(upTo))),
    slipRule,
    ...(payment.type === "refund"
      ? [slipCenter(p.status === "expired" ? "LAYAWAY EXPIRED" : "CANCELED")]
      : [
          owed > 0 ? slipRow("Balance due", money(centavosDecimal(owed))) : slipCenter("PAID IN FULL"),
          ...(p.expected_at ? [slipRow("Expected", when(new Date(p.expected_at), timezone, "date"))] : []),
          ...(p.expires_at ? [slipRow("Kept until", when(new Date(p.expires_at), timezone, "date"))] : []),
          ...slipWrap(`Collect at ${holding?.name ?? "the branch"}; pay at any branch with this number.`),
        ]),
  ]
  // A payment keeps the user id; printer routes by role need the staff member.
  const [staff] = await container.resolve<StaffModuleService>(STAFF_MODULE).listStaffMembers({ user_id: payment.created_by }, { select: ["id"] })
  return { lines, stock_location_id: payment.stock_location_id, staff_id: staff?.id ?? null, receipt_number: payment.receipt_number }
}
