import { accessOf, runJournaled, WORK_MODULE, type WorkModuleService } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { POS_MODULE } from "../../../../../../../modules/pos"
import type PosModuleService from "../../../../../../../modules/pos/service"
import { money, num } from "../../../../../../../sale/money"
import { returnRequestView } from "../../../../../../../sale/return-requests"
import { completeReturnRequestWorkflow } from "../../../../../../../workflows/return-requests"
import { counterExchangeWorkflow, counterReturnWorkflow, EXCHANGE_WORK, RETURN_WORK } from "../../../../../../../workflows/returns"
import type { RefundInput, ReturnLineInput } from "../../../../../../../workflows/returns/steps/prepare-return"
import { registerLocation } from "../../../../../../branch-of-register"
import type { CompleteReturnRequestType } from "../../validators"

/**
 * The journal key of a request's completion: `return-request:<id>:<n>`, the first n whose run did
 * not undo itself. Concurrent completions find the same key, so the journal lets one run; after
 * a run that failed and compensated (the drawer was closed, the payment was missing) the next try
 * gets a fresh key, so it may name another register, refund or payment without "used for a
 * different request".
 */
async function completionKey(container: MedusaContainer, kind: string, requestId: string) {
  const work = container.resolve<WorkModuleService>(WORK_MODULE)
  for (let n = 1; ; n++) {
    const key = `return-request:${requestId}:${n}`
    const seen = await work.findWork(kind, key)
    if (!seen || seen.status !== "undone") return key
  }
}

/**
 * The counter completes an approved request: the counter return (or, for an exchange's request,
 * the counter exchange: the returned units in, the new goods out at today's prices, the difference
 * paid in `payment` or refunded) runs now with the request's lines, approved by the manager who
 * approved the request (no PIN), so Medusa's return or exchange, the stock and the money move only
 * here; the request becomes completed with that record. The run's journal key is the request's own
 * (completionKey), whatever Idempotency-Key the client sends: two completions of one request are
 * one return (a retry gets the same answer, one meanwhile a 409).
 */
export const POST = async (req: AuthenticatedMedusaRequest<CompleteReturnRequestType>, res: MedusaResponse) => {
  const access = await accessOf(req)
  if (!access.staff) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A return is taken by a staff member, not an API key")
  const staff = access.staff
  const pos = req.scope.resolve<PosModuleService>(POS_MODULE)
  const request = await pos.retrieveReturnRequest(req.params.id)
  if (request.status !== "approved") {
    const expired = request.status === "pending" && new Date(request.expires_at) <= new Date()
    const status = expired ? "expired" : request.status
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Return request ${request.number} is ${status === "pending" ? "not approved yet" : `already ${status}`}`)
  }
  const { register_id, payment } = req.validatedBody
  const stock_location_id = await registerLocation(req.scope, register_id)
  if (stock_location_id !== request.stock_location_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Return request ${request.number} is completed at the branch it was asked at`)
  }
  const items = (request.lines as unknown as (ReturnLineInput & { title: string })[]).map(({ item_id, quantity, condition }) => ({ item_id, quantity, condition }))
  const refund = req.validatedBody.refund ?? (request.refund as unknown as RefundInput)
  const common = {
    stock_location_id,
    user_id: req.auth_context.actor_id,
    caller: { staff_member_id: staff.id, may_refund: access.can("pos:refund") },
    approved_by: request.decided_by!,
  }

  let record: { id: string }
  let change: string | null = null
  if (request.kind === "exchange") {
    const newItems = (request.new_lines as unknown as { variant_id: string; quantity: number }[]).map(({ variant_id, quantity }) => ({ variant_id, quantity }))
    const body = { order_id: request.order_id, register_id, return_items: items, new_items: newItems, reason: request.reason, refund, ...(payment ? { payment } : {}) }
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: locations }, settings] = await Promise.all([query.graph({ entity: "stock_location", fields: ["name"], filters: { id: stock_location_id } }), pos.settingsFor(stock_location_id)])
    const { response } = await runJournaled(req.scope, { kind: EXCHANGE_WORK, key: await completionKey(req.scope, EXCHANGE_WORK, request.id), input: body }, ({ id }) =>
      counterExchangeWorkflow(req.scope).run({
        input: {
          ...body,
          ...common,
          branch_name: (locations[0] as { name: string }).name,
          allow_negative_stock: settings.allow_negative_stock,
          journal_id: id,
        },
        throwOnError: false,
      })
    )
    const saved = await pos.retrieveCounterReturn(response.id)
    const paid = saved.paid_total == null ? 0 : num(saved.paid_total)
    const tendered = payment?.method === "cash" && payment.tendered != null ? payment.tendered : paid
    record = saved
    change = money(MathBN.sub(tendered, paid))
  } else {
    const body = { order_id: request.order_id, register_id, items, reason: request.reason, refund }
    const { response } = await runJournaled(req.scope, { kind: RETURN_WORK, key: await completionKey(req.scope, RETURN_WORK, request.id), input: body }, async ({ id }) =>
      counterReturnWorkflow(req.scope).run({ input: { ...body, ...common, journal_id: id }, throwOnError: false })
    )
    record = response as { id: string }
  }
  // A replayed run (a retry, or a twin that lost the race) finds the request completed already.
  const current = await pos.retrieveReturnRequest(request.id)
  if (current.status === "approved") {
    await completeReturnRequestWorkflow(req.scope).run({ input: { id: request.id, return_record_id: record.id, completed_by: staff.id } })
  }
  res.json({ return_request: await returnRequestView(req.scope, request.id), return: record, ...(change != null ? { change } : {}) })
}
