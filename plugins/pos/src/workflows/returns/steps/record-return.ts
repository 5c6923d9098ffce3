import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import type { PreparedReturn, RefundInput } from "./prepare-return"

export type RecordReturnInput = {
  prepared: PreparedReturn
  return_id: string
  register_id: string
  reason: string
  refund: RefundInput
  created_by: string
  approved_by: string | null
  /** An exchange's Medusa exchange and the units handed out instead. */
  exchange_id?: string
  new_lines?: { variant_id: string; quantity: number; title: string }[]
}

/**
 * Kassa's record of a Medusa return, numbered after the sale's receipt (-R1, -R2…); the unique
 * number refuses a racing twin. One per Medusa return: recovery finishing an interrupted return
 * gets the record the run had written, if it had. `created` says whether this call wrote it.
 */
export async function recordReturn(container: MedusaContainer, input: RecordReturnInput) {
  const pos: PosModuleService = container.resolve(POS_MODULE)
  const [existing] = await pos.listCounterReturns({ return_id: input.return_id })
  if (existing) return { record: existing, created: false }
  const [, earlier] = await pos.listAndCountCounterReturns({ order_id: input.prepared.order_id }, { select: ["id"] })
  const record = await pos.createCounterReturns({
    number: `${input.prepared.receipt_number}-R${earlier + 1}`,
    order_id: input.prepared.order_id,
    return_id: input.return_id,
    stock_location_id: input.prepared.stock_location_id,
    register_id: input.register_id,
    drawer_session_id: input.prepared.drawer_session_id,
    reason: input.reason,
    lines: input.prepared.lines as unknown as Record<string, unknown>,
    refund_total: input.prepared.refund_total,
    refund_method: input.refund.method,
    refund_reference: input.refund.reference ?? null,
    card_last4: input.refund.card_last4 ?? null,
    refund_ids: [] as unknown as Record<string, unknown>,
    created_by: input.created_by,
    approved_by: input.approved_by,
    exchange_id: input.exchange_id ?? null,
    new_lines: (input.new_lines ?? null) as unknown as Record<string, unknown> | null,
  })
  return { record, created: true }
}

export const recordReturnStep = createStep(
  "kassa-pos-record-return",
  async (input: RecordReturnInput, { container }) => {
    const { record, created } = await recordReturn(container, input)
    return new StepResponse(record, created ? record.id : null)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PosModuleService>(POS_MODULE).deleteCounterReturns(id)
  }
)
