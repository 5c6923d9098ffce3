import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { cents, num } from "../../../sale/money"

type Payment = { id: string; captures?: { amount: unknown }[]; refunds?: { amount: unknown }[] }

/**
 * Refunds the return through Medusa's payments, so the order's balance settles: the payments of
 * the refund's own method first, then the others, each up to what it has left. The last step
 * of the return: a refund cannot be taken back, so everything that can fail comes before it.
 */
export const refundReturnStep = createStep(
  "kassa-pos-refund-return",
  async (input: { return_record_id: string; order_id: string; amount: number; method: string; created_by: string; note: string }, { container }) => {
    const pos: PosModuleService = container.resolve(POS_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data }, tenders] = await Promise.all([
      query.graph({
        entity: "order",
        fields: ["payment_collections.payments.id", "payment_collections.payments.captures.amount", "payment_collections.payments.refunds.amount"],
        filters: { id: input.order_id },
      }),
      pos.listTenders({ order_id: input.order_id }, { select: ["payment_id", "method"] }),
    ])
    const payments = ((data[0] as { payment_collections?: { payments?: Payment[] }[] })?.payment_collections ?? []).flatMap((c) => c.payments ?? [])
    const sameMethod = new Set(tenders.filter((t) => t.method === input.method).map((t) => t.payment_id))
    payments.sort((a, b) => Number(sameMethod.has(b.id)) - Number(sameMethod.has(a.id)))

    let due = input.amount
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

    const ids: string[] = []
    for (const r of refunds) {
      const { result } = await refundPaymentWorkflow(container).run({ input: { ...r, created_by: input.created_by, note: input.note } })
      ids.push(...((result as { refunds?: { id: string }[] }).refunds ?? []).map((x) => x.id))
    }
    await pos.updateCounterReturns({ id: input.return_record_id, refund_ids: ids as unknown as Record<string, unknown> })
    return new StepResponse(ids)
  }
)
