import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { money } from "../../../sale/money"
import type { PreparedReturn, RefundInput } from "../../returns/steps/prepare-return"
import type { ExchangeItem } from "../../returns/steps/resolve-exchange-items"

export type RecordReturnRequestInput = {
  prepared: PreparedReturn
  /** An exchange's new goods, priced at the branch now; null for a return. */
  new_lines: ExchangeItem[] | null
  register_id: string
  reason: string
  note?: string
  refund: RefundInput
  requested_by: string
}

const dayMs = 24 * 60 * 60 * 1000

/**
 * Kassa's record of a return or exchange asked for without a manager at hand: only one the
 * branch's limits send to a manager may wait for one (a small one is made at the counter). Numbered after
 * the sale's receipt (-RQ1, -RQ2…; the unique number refuses a racing twin); it expires after the
 * branch's `return_request_days`. Nothing else is written: no Medusa return, no stock, no money.
 */
export const recordReturnRequestStep = createStep(
  "kassa-pos-record-return-request",
  async (input: RecordReturnRequestInput, { container }) => {
    if (!input.prepared.needs_approval) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `This ${input.new_lines ? "exchange" : "return"} needs no approval: make it at the counter`)
    }
    const pos: PosModuleService = container.resolve(POS_MODULE)
    const [settings, [, earlier]] = await Promise.all([
      pos.settingsFor(input.prepared.stock_location_id),
      pos.listAndCountReturnRequests({ order_id: input.prepared.order_id }, { select: ["id"], withDeleted: true }),
    ])
    const request = await pos.createReturnRequests({
      number: `${input.prepared.receipt_number}-RQ${earlier + 1}`,
      order_id: input.prepared.order_id,
      stock_location_id: input.prepared.stock_location_id,
      register_id: input.register_id,
      kind: input.new_lines ? ("exchange" as const) : ("return" as const),
      lines: input.prepared.lines as unknown as Record<string, unknown>,
      new_lines: input.new_lines ? (input.new_lines.map((l) => ({ ...l, amount: money(l.amount) })) as unknown as Record<string, unknown>) : null,
      refund_total: input.prepared.refund_total,
      refund: input.refund as unknown as Record<string, unknown>,
      reason: input.reason,
      note: input.note ?? null,
      approval_reason: input.prepared.approval_reason,
      requested_by: input.requested_by,
      expires_at: new Date(Date.now() + settings.return_request_days * dayMs),
    })
    return new StepResponse(request, request.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PosModuleService>(POS_MODULE).deleteReturnRequests(id)
  }
)
