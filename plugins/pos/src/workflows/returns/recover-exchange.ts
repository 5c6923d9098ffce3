import { defineWorkRecovery } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelBeginOrderExchangeWorkflow, cancelReturnReceiveWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { TenderInput } from "../../sale/settle-tenders"
import { EXCHANGE_WORK, finishCounterExchangeWorkflow } from "./exchange-workflow"
import { receiveReturnedUnits } from "./receive-returned-units"
import { handOverExchange } from "./steps/hand-over-exchange"
import type { PreparedReturn, RefundInput, ReturnLineInput } from "./steps/prepare-return"

type ExchangeRun = {
  input: { order_id: string; register_id: string; reason: string; return_items: ReturnLineInput[]; refund: RefundInput; payment?: TenderInput }
  facts: {
    prepared?: PreparedReturn
    new_lines: { variant_id: string; quantity: number; title: string }[]
    approved_by: string | null
    created_by: string
    user_id: string
    stock_location_id: string
    branch_name: string
    allow_negative_stock: boolean
    handed_over?: boolean
  }
}

/** Receives an exchange's returned units (recovery's part of the exchange workflow). */
const receiveExchangeReturnWorkflow = createWorkflow(
  "kassa-pos-receive-exchange-return",
  (input: WorkflowData<{ ids: { return_id: string; user: string }; items: ReturnLineInput[] }>) => {
    receiveReturnedUnits(
      transform({ input }, ({ input }) => input.ids),
      transform({ input }, ({ input }) => input.items)
    )
    return new WorkflowResponse(true)
  }
)

async function exchangeOfRun(container: MedusaContainer, order_id: string, run_id: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order_exchange",
    fields: ["id", "return_id", "metadata", "canceled_at", "return.status"],
    filters: { order_id },
  })
  type Exchange = { id: string; return_id: string | null; metadata: Record<string, unknown> | null; canceled_at: string | null; return?: { status: string } | null }
  return (data as Exchange[]).find((e) => e.metadata?.kassa_work_run === run_id && !e.canceled_at) ?? null
}

/**
 * An exchange that a crash interrupted. Not allowed yet, or no Medusa exchange begun: undone.
 * Begun but not confirmed by Medusa (its order change still open): the exchange dropped with
 * its return and change (cancelBeginOrderExchangeWorkflow), undone. Confirmed (the order now
 * holds the new items and owes or is owed the difference): finished — the returned units
 * received unless they were (a receipt begun is restarted), the new units handed over unless
 * the journal says they left the shelf (and the handover's fulfilment is made once), Kassa's
 * record written, the difference paid in or refunded once.
 */
defineWorkRecovery(EXCHANGE_WORK, async (container, run) => {
  const { input, facts } = run as unknown as ExchangeRun
  if (!facts.prepared) return { outcome: "undone" }
  const exchange = await exchangeOfRun(container, input.order_id, run.id)
  if (!exchange) return { outcome: "undone" }
  const orders = container.resolve(Modules.ORDER)
  const [open] = await orders.listOrderChanges({ exchange_id: exchange.id, status: ["pending", "requested"] }, { select: ["id"] })
  if (open || !exchange.return_id) {
    await cancelBeginOrderExchangeWorkflow(container).run({ input: { exchange_id: exchange.id } })
    return { outcome: "undone" }
  }

  const return_id = exchange.return_id
  const received = exchange.return?.status === "received" || exchange.return?.status === "partially_received"
  if (!received) {
    const [receipt] = await orders.listOrderChanges({ return_id, status: ["pending", "requested"] }, { select: ["id"] })
    if (receipt) await cancelReturnReceiveWorkflow(container).run({ input: { return_id } })
    await receiveExchangeReturnWorkflow(container).run({ input: { ids: { return_id, user: facts.user_id }, items: input.return_items } })
  }
  await handOverExchange(container, {
    order_id: input.order_id,
    exchange_id: exchange.id,
    location_id: facts.stock_location_id,
    created_by: facts.user_id,
    allow_negative: facts.allow_negative_stock,
    branch_name: facts.branch_name,
    journal_id: run.id,
    stock_taken: facts.handed_over === true,
  })
  const { result: record } = await finishCounterExchangeWorkflow(container).run({
    input: {
      order_id: input.order_id,
      exchange_id: exchange.id,
      return_id,
      register_id: input.register_id,
      stock_location_id: facts.stock_location_id,
      reason: input.reason,
      refund: input.refund,
      payment: input.payment,
      user_id: facts.user_id,
      created_by: facts.created_by,
      approved_by: facts.approved_by,
      prepared: facts.prepared,
      new_lines: facts.new_lines,
    },
  })
  return { outcome: "done", response: { id: record.id } }
})
