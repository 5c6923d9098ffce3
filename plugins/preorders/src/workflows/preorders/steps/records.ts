import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PREORDERS_MODULE } from "../../../modules/preorders"
import type PreordersModuleService from "../../../modules/preorders/service"
import type { CloseInput, OpenInput, PaymentInput } from "../../../modules/preorders/service"

/** The pre-order, its number and its deposit, written together; undone by removing them. */
export const openPreorderStep = createStep(
  "kassa-preorders-open",
  async (input: OpenInput, { container }) => {
    const opened = await container.resolve<PreordersModuleService>(PREORDERS_MODULE).open(input)
    return new StepResponse(opened, opened.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PreordersModuleService>(PREORDERS_MODULE).discard(id)
  }
)

/** A payment towards the balance (checked against it under the pre-order's lock); undone by removing it. */
export const payStep = createStep(
  "kassa-preorders-pay",
  async (input: PaymentInput, { container }) => {
    const paid = await container.resolve<PreordersModuleService>(PREORDERS_MODULE).pay(input)
    return new StepResponse(paid, paid.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PreordersModuleService>(PREORDERS_MODULE).unpay(id)
  }
)

/** Cancel or expiry: refunds in each tender less the fee, and the closing status; undone by reopening. */
export const closeStep = createStep(
  "kassa-preorders-close",
  async (input: CloseInput, { container }) => {
    const closed = await container.resolve<PreordersModuleService>(PREORDERS_MODULE).close(input)
    return new StepResponse(closed, { id: closed.id, status: closed.previous_status, refund_ids: closed.refunds.map((r) => r.id) })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve<PreordersModuleService>(PREORDERS_MODULE).reopen(undo)
  }
)
