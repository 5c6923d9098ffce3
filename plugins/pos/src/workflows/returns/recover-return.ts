import { defineWorkRecovery } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelReturnReceiveWorkflow, cancelReturnRequestWorkflow, cancelReturnWorkflow } from "@medusajs/medusa/core-flows"
import { POS_MODULE } from "../../modules/pos"
import type PosModuleService from "../../modules/pos/service"
import { POS_RETURN_COMPLETED, returnCompletedData } from "./events"
import type { PreparedReturn, RefundInput } from "./steps/prepare-return"
import { recordReturn } from "./steps/record-return"
import { refundReturn } from "./steps/refund-return"
import { RETURN_WORK } from "./workflows"

/** What a return's run keeps: the request (input) and what its steps recorded (facts). */
type ReturnRun = {
  input: { order_id: string; register_id: string; reason: string; refund: RefundInput }
  facts: { prepared?: PreparedReturn; approved_by?: string | null; created_by?: string; user_id?: string }
}

/** The Medusa return a run began (its metadata names the run), unless canceled. */
export async function returnOfRun(container: MedusaContainer, order_id: string, run_id: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "return", fields: ["id", "status", "metadata", "canceled_at"], filters: { order_id } })
  type Return = { id: string; status: string; metadata: Record<string, unknown> | null; canceled_at: string | null }
  return (data as Return[]).find((r) => (r.metadata as { kassa_work_run?: string } | null)?.kassa_work_run === run_id && !r.canceled_at && r.status !== "canceled") ?? null
}

/**
 * Cancels a return that was not received, from whichever order change it is in: the request
 * being drafted (the return goes with it), or the receipt begun (then the requested return).
 */
export async function cancelUnreceivedReturn(container: MedusaContainer, return_id: string) {
  const [change] = await container.resolve(Modules.ORDER).listOrderChanges({ return_id, status: ["pending", "requested"] }, { select: ["id", "change_type"] })
  // Medusa's type names fewer change types than its return workflows write.
  const type = change?.change_type as string | undefined
  if (type === "return_request") {
    await cancelReturnRequestWorkflow(container).run({ input: { return_id } })
    return
  }
  if (type === "return_receive") await cancelReturnReceiveWorkflow(container).run({ input: { return_id } })
  await cancelReturnWorkflow(container).run({ input: { return_id } })
}

/**
 * A return that a crash interrupted, whole or not at all. Not allowed yet, or no Medusa return
 * begun: undone. Begun but the units not received: Medusa's return canceled (nothing was
 * restocked or refunded), undone. Received (the units are back in stock): finished — Kassa's
 * record written if it was not, what the return's refunds do not yet add up to refunded, and
 * `kassa.pos.return_completed` emitted (its refund slip prints).
 */
defineWorkRecovery(RETURN_WORK, async (container, run) => {
  const { input, facts } = run as unknown as ReturnRun
  if (!facts.prepared) return { outcome: "undone" }
  const found = await returnOfRun(container, input.order_id, run.id)
  if (!found) return { outcome: "undone" }
  if (found.status !== "received" && found.status !== "partially_received") {
    await cancelUnreceivedReturn(container, found.id)
    return { outcome: "undone" }
  }
  const { record } = await recordReturn(container, {
    prepared: facts.prepared,
    return_id: found.id,
    register_id: input.register_id,
    reason: input.reason,
    refund: input.refund,
    created_by: facts.created_by!,
    approved_by: facts.approved_by ?? null,
  })
  await refundReturn(container, {
    return_record_id: record.id,
    number: record.number,
    order_id: input.order_id,
    amount: facts.prepared.refund_total,
    method: input.refund.method,
    created_by: facts.user_id!,
    note: `${record.number}: ${input.reason}`,
  })
  // Announced as a finished return is, so its refund slip prints.
  await container.resolve(Modules.EVENT_BUS).emit({ name: POS_RETURN_COMPLETED, data: returnCompletedData(record) })
  const pos: PosModuleService = container.resolve(POS_MODULE)
  return { outcome: "done", response: await pos.retrieveCounterReturn(record.id) }
})
