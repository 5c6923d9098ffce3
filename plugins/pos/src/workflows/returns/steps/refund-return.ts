import { failpoint } from "@kassa/core/kit"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { cents, money, num } from "../../../sale/money"
import { pluginTender } from "../../../sale/tender-registry"

type Payment = { id: string; captures?: { amount: unknown }[]; refunds?: { id: string; amount: unknown; note?: string | null }[] }
export type RefundReturnInput = { return_record_id: string; number: string; order_id: string; amount: number; method: string; created_by: string; note: string }

/**
 * Refunds a return through Medusa's payments, so the order's balance settles: the payments of
 * the refund's own method first, then the others, each up to what it has left. Each refund's
 * note begins with the return's number, and what the return's refunds already add up to is not
 * refunded again: recovery finishing an interrupted return refunds only the rest. A refund in a
 * plugin's tender is then paid by the plugin, which does it once per return number.
 */
export async function refundReturn(container: MedusaContainer, input: RefundReturnInput) {
  const pos: PosModuleService = container.resolve(POS_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data }, tenders] = await Promise.all([
    query.graph({
      entity: "order",
      fields: [
        "currency_code",
        "customer_id",
        "payment_collections.payments.id",
        "payment_collections.payments.captures.amount",
        "payment_collections.payments.refunds.id",
        "payment_collections.payments.refunds.amount",
        "payment_collections.payments.refunds.note",
      ],
      filters: { id: input.order_id },
    }),
    pos.listTenders({ order_id: input.order_id }, { select: ["payment_id", "method"] }),
  ])
  const payments = ((data[0] as { payment_collections?: { payments?: Payment[] }[] })?.payment_collections ?? []).flatMap((c) => c.payments ?? [])
  const mine = (r: { note?: string | null }) => (r.note ?? "").startsWith(`${input.number}:`)
  const ids = payments.flatMap((p) => (p.refunds ?? []).filter(mine).map((r) => r.id))
  const before = new Set(payments.flatMap((p) => (p.refunds ?? []).map((r) => r.id)))
  const refunded = cents(MathBN.sum(0, ...payments.flatMap((p) => (p.refunds ?? []).filter(mine).map((r) => num(r.amount as number)))))
  const sameMethod = new Set(tenders.filter((t) => t.method === input.method).map((t) => t.payment_id))
  payments.sort((a, b) => Number(sameMethod.has(b.id)) - Number(sameMethod.has(a.id)))

  let due = cents(MathBN.sub(input.amount, refunded))
  const refunds: { payment_id: string; amount: number }[] = []
  for (const p of payments) {
    if (due <= 0) break
    const left = cents(MathBN.sub(MathBN.sum(0, ...(p.captures ?? []).map((c) => num(c.amount as number))), MathBN.sum(0, ...(p.refunds ?? []).map((r) => num(r.amount as number)))))
    const amount = Math.min(left, due)
    if (amount <= 0) continue
    refunds.push({ payment_id: p.id, amount })
    due = cents(MathBN.sub(due, amount))
  }
  if (due > 0) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The sale's payments have ${input.amount - due} left to refund, not ${input.amount}`)

  for (const r of refunds) {
    const { result } = await refundPaymentWorkflow(container).run({ input: { ...r, created_by: input.created_by, note: input.note } })
    // The payment's refunds: the one just made is the one not there before.
    ids.push(...((result as { refunds?: { id: string }[] }).refunds ?? []).filter((x) => !before.has(x.id)).map((x) => x.id))
    failpoint("return:refunded")
  }
  // A plugin's tender (store credit) pays the customer back in its own way: Medusa's refunds above
  // took the money off the sale's payments, this puts it where the customer keeps it.
  const pay = pluginTender(input.method)?.refund?.pay
  if (pay) {
    const order = data[0] as { currency_code: string; customer_id: string | null }
    const [record] = await pos.listCounterReturns({ id: input.return_record_id }, { select: ["stock_location_id"] })
    await pay({
      container,
      order_id: input.order_id,
      customer_id: order.customer_id,
      stock_location_id: record.stock_location_id,
      currency_code: order.currency_code,
      amount: money(input.amount),
      return_number: input.number,
      created_by: input.created_by,
    })
  }
  await pos.updateCounterReturns({ id: input.return_record_id, refund_ids: [...new Set(ids)] as unknown as Record<string, unknown> })
  return ids
}

/** The last step of a return: a refund cannot be taken back, so everything that can fail comes before it. */
export const refundReturnStep = createStep("kassa-pos-refund-return", async (input: RefundReturnInput, { container }) => {
  return new StepResponse(await refundReturn(container, input))
})
