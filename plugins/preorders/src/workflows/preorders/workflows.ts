import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PREORDER_PAYMENTS_RECORDED } from "./events"
import { assertMoneyTender, prepareTakeStep, type TakeInput } from "./steps/prepare-take"
import { type CancelInput, type CollectInput, prepareCancelStep, prepareCollectStep } from "./steps/load"
import { closeStep, openPreorderStep, payStep } from "./steps/records"
import { addDeliveryStep, createShipmentStep, type DeliveryAddress, markDeliveredStep } from "./steps/delivery"
import { allocateStep, handOverStep, releaseStep, serveNextStep, tellCustomersStep } from "./steps/stock"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { centavosDecimal } from "@kassa/core/kit"
import { drawerCashStep } from "@kassa/pos/kit"
import { checkCashDrawerStep, numberOfReceipt, recordName } from "./steps/drawer"
import { PREORDERS_MODULE } from "../../modules/preorders"
import type PreordersModuleService from "../../modules/preorders/service"
import type { BranchRules } from "../../modules/preorders/service"

/**
 * A pre-order (goods not in stock) or a layaway (goods in stock, reserved at once) with its
 * deposit. Checked whole before anything is written; a layaway whose units are gone by the time
 * it reserves (another till sold them) is undone: no record, no deposit.
 */
export const takePreorderWorkflow = createWorkflow("kassa-preorders-take", (input: WorkflowData<TakeInput>) => {
  const prepared = prepareTakeStep(input)
  checkCashDrawerStep(transform({ input }, ({ input }) => ({ cash: input.deposit.tender === "cash", register_id: input.register_id, location_id: input.location_id })))
  const opened = openPreorderStep(transform({ prepared }, ({ prepared }) => prepared.open))
  // A cash deposit goes into the register's drawer, named after the record (its X/Z report counts it).
  drawerCashStep(
    transform({ prepared, opened, input }, ({ prepared, opened, input }) => ({
      register_id: input.register_id,
      location_id: input.location_id,
      type: "in" as const,
      amount: centavosDecimal(prepared.open.deposit.tender === "cash" ? prepared.open.deposit.amount : 0),
      reason: `${recordName(opened.number)} deposit`,
      created_by: input.created_by,
    }))
  ).config({ name: "kassa-preorders-deposit-drawer" })
  when("kassa-preorders-reserve-layaway", { input }, ({ input }) => input.kind === "layaway").then(() => {
    allocateStep(
      transform({ prepared, opened, input }, ({ prepared, opened, input }) => ({
        location_id: prepared.open.stock_location_id,
        inventory_item_ids: [prepared.open.inventory_item_id],
        only: [opened.id],
        created_by: input.created_by,
        branch_name: prepared.branch_name,
      }))
    ).config({ name: "kassa-preorders-reserve-now" })
  })
  emitEventStep({
    eventName: PREORDER_PAYMENTS_RECORDED,
    data: transform({ opened }, ({ opened }) => ({ preorder_id: opened.id, receipt_numbers: [`${opened.number}-1`] })),
  }).config({ name: "kassa-preorders-emit-deposit" })
  return new WorkflowResponse(opened)
})

/**
 * Stock of these items rose at the branch (an arrival of any kind): its waiting pre-orders are
 * served oldest first, and their customers e-mailed.
 */
export const allocateArrivalsWorkflow = createWorkflow("kassa-preorders-allocate-arrivals", (input: WorkflowData<{ location_id: string; inventory_item_ids: string[] }>) => {
  const allocated = allocateStep(input)
  tellCustomersStep({ allocated })
  return new WorkflowResponse(allocated)
})

const checkTenderStep = createStep("kassa-preorders-check-tender", async (input: { location_id: string; tender: string }, { container }) => {
  await assertMoneyTender(container, input.location_id, input.tender)
  return new StepResponse(true)
})

type PaidWith = { location_id: string; register_id?: string | null; created_by: string; tender?: string; amount?: number; payment?: { tender: string; amount: number } | null }

/**
 * A payment in cash into the register's drawer, named after the record and its receipt; nothing
 * for another tender. The records count centavos, the drawer keeps the major unit (a decimal string).
 */
const drawerCash = (input: WorkflowData<PaidWith>, paid: WorkflowData<{ receipt_number: string }> | undefined, what: string) =>
  drawerCashStep(
    transform({ input, paid }, ({ input, paid }) => {
      const payment = input.payment ?? (input.tender ? { tender: input.tender, amount: input.amount ?? 0 } : null)
      return {
        register_id: input.register_id,
        location_id: input.location_id,
        type: "in" as const,
        amount: centavosDecimal(paid && payment?.tender === "cash" ? payment.amount : 0),
        reason: paid ? `${recordName(numberOfReceipt(paid.receipt_number))} ${what} (${paid.receipt_number})` : "",
        created_by: input.created_by,
      }
    })
  )

/** A payment on a pre-order at any branch, in a money tender that branch takes. */
export const payPreorderWorkflow = createWorkflow(
  "kassa-preorders-pay",
  (input: WorkflowData<{ id: string; location_id: string; register_id?: string | null; tender: string; amount: number; created_by: string }>) => {
    checkTenderStep(input)
    checkCashDrawerStep(transform({ input }, ({ input }) => ({ cash: input.tender === "cash", register_id: input.register_id, location_id: input.location_id })))
    const paid = payStep(
      transform({ input }, ({ input }) => ({ preorder_id: input.id, tender: input.tender, amount: input.amount, stock_location_id: input.location_id, created_by: input.created_by }))
    )
    drawerCash(input, paid, "payment").config({ name: "kassa-preorders-payment-drawer" })
    emitEventStep({
      eventName: PREORDER_PAYMENTS_RECORDED,
      data: transform({ paid, input }, ({ paid, input }) => ({ preorder_id: input.id, receipt_numbers: [paid.receipt_number] })),
    }).config({ name: "kassa-preorders-emit-payment" })
    return new WorkflowResponse(paid)
  }
)

/** The customer takes the goods at the branch holding them, paying what is left in the same visit. */
export const collectPreorderWorkflow = createWorkflow("kassa-preorders-collect", (input: WorkflowData<CollectInput>) => {
  const prepared = prepareCollectStep(input)
  checkCashDrawerStep(transform({ input }, ({ input }) => ({ cash: input.payment?.tender === "cash" && input.payment.amount > 0, register_id: input.register_id, location_id: input.location_id })))
  const paid = when("kassa-preorders-collect-pays", { input }, ({ input }) => !!input.payment && input.payment.amount > 0).then(() =>
    payStep(
      transform({ input }, ({ input }) => ({
        preorder_id: input.id,
        tender: input.payment!.tender,
        amount: input.payment!.amount,
        stock_location_id: input.location_id,
        created_by: input.created_by,
      }))
    ).config({ name: "kassa-preorders-collect-pay" })
  )
  drawerCash(input, paid, "balance").config({ name: "kassa-preorders-collect-drawer" })
  handOverStep(
    transform({ prepared, input }, ({ prepared, input }) => ({
      preorder: prepared.preorder,
      status: "collected" as const,
      closed_by: input.created_by,
      at_location: input.location_id,
      serial_numbers: prepared.serial_numbers,
    }))
  )
  emitEventStep({
    eventName: PREORDER_PAYMENTS_RECORDED,
    data: transform({ paid, input }, ({ paid, input }) => ({ preorder_id: input.id, receipt_numbers: paid ? [paid.receipt_number] : [] })),
  }).config({ name: "kassa-preorders-emit-collect-payment" })
  return new WorkflowResponse(transform({ paid, prepared }, ({ paid, prepared }) => ({ id: prepared.preorder.id, payment: paid ?? null })))
})

const reservationOfStep = createStep("kassa-preorders-reservation-of", async (id: string, { container }) => {
  const [p] = await container.resolve<PreordersModuleService>(PREORDERS_MODULE).listPreorders({ id }, { select: ["id", "reservation_id", "inventory_item_id"] })
  return new StepResponse(p?.reservation_id ? [{ preorder_id: p.id, reservation_id: p.reservation_id, inventory_item_id: p.inventory_item_id }] : [])
})

/**
 * Cancels (or expires) an open pre-order: its payments refunded in their tenders less the
 * branch's fee, then its reserved units back on the shelf, then offered to whoever waits next.
 */
export const cancelPreorderWorkflow = createWorkflow("kassa-preorders-cancel", (input: WorkflowData<CancelInput>) => {
  const prepared = prepareCancelStep(input)
  checkCashDrawerStep(transform({ prepared, input }, ({ prepared, input }) => ({ cash: prepared.cash_refund > 0, register_id: input.register_id, location_id: input.location_id })))
  const closed = closeStep(transform({ prepared }, ({ prepared }) => prepared.close))
  // Cash refunded leaves the register's drawer; an expiry by the job (no register) leaves it owed (README).
  drawerCashStep(
    transform({ prepared, closed, input }, ({ prepared, closed, input }) => ({
      register_id: input.register_id,
      location_id: input.location_id,
      type: "out" as const,
      amount: centavosDecimal(prepared.cash_refund > 0 ? closed.refunds.filter((r) => r.tender === "cash").reduce((s, r) => s + r.amount, 0) : 0),
      reason: `${recordName(closed.number)} refund`,
      created_by: input.closed_by,
    }))
  ).config({ name: "kassa-preorders-refund-drawer" })
  // Read after the close holds nothing more: the row's reservation is what the close left.
  const released = reservationOfStep(transform({ closed }, ({ closed }) => closed.id))
  releaseStep(transform({ prepared, released }, ({ prepared, released }) => ({ location_id: prepared.holding_location_id, released })))
  serveNextStep(transform({ prepared }, ({ prepared }) => ({ location_id: prepared.holding_location_id, inventory_item_ids: [prepared.inventory_item_id] })))
  emitEventStep({
    eventName: PREORDER_PAYMENTS_RECORDED,
    data: transform({ closed }, ({ closed }) => ({ preorder_id: closed.id, receipt_numbers: closed.refunds.map((r) => r.receipt_number) })),
  }).config({ name: "kassa-preorders-emit-refunds" })
  return new WorkflowResponse(closed)
})

type RulesInput = { location_id: string; rules: Partial<Omit<BranchRules, "stock_location_id">> }

const saveRulesStep = createStep(
  "kassa-preorders-save-rules",
  async (input: RulesInput, { container }) => {
    const service = container.resolve<PreordersModuleService>(PREORDERS_MODULE)
    const before = await service.updateRules(input.location_id, input.rules)
    return new StepResponse(await service.rulesAt(input.location_id), before)
  },
  async (before, { container }) => {
    if (before) {
      const { stock_location_id, ...rules } = before
      await container.resolve<PreordersModuleService>(PREORDERS_MODULE).updateRules(stock_location_id, rules)
    }
  }
)

/** A branch's pre-order rules changed (the previous ones put back if anything after fails). */
export const updatePreorderRulesWorkflow = createWorkflow("kassa-preorders-update-rules", (input: WorkflowData<RulesInput>) => {
  return new WorkflowResponse(saveRulesStep(input))
})

export type DeliverInput = {
  id: string
  location_id: string
  address: DeliveryAddress
  /** Centavos; 0: free delivery. */
  fee: number
  payment?: { tender: string; amount: number } | null
  serial_numbers?: string[]
  /** The register whose drawer takes a cash payment. */
  register_id?: string | null
  created_by: string
}

/**
 * The goods go to the customer instead of being collected: the delivery fee added to what is
 * owed, the balance (with the fee) paid in the same call unless paid before, a Medusa
 * fulfillment shipped from the branch holding the goods, and the units handed over (`shipped`).
 */
export const shipPreorderWorkflow = createWorkflow("kassa-preorders-ship", (input: WorkflowData<DeliverInput>) => {
  const prepared = prepareCollectStep(transform({ input }, ({ input }) => ({
      id: input.id,
      location_id: input.location_id,
      payment: input.payment,
      serial_numbers: input.serial_numbers,
      delivery_fee: input.fee,
      created_by: input.created_by,
    })))
  checkCashDrawerStep(transform({ input }, ({ input }) => ({ cash: input.payment?.tender === "cash" && input.payment.amount > 0, register_id: input.register_id, location_id: input.location_id })))
  addDeliveryStep(transform({ input }, ({ input }) => ({ id: input.id, address: input.address, fee: input.fee })))
  const paid = when("kassa-preorders-ship-pays", { input }, ({ input }) => !!input.payment && input.payment.amount > 0).then(() =>
    payStep(
      transform({ input }, ({ input }) => ({
        preorder_id: input.id,
        tender: input.payment!.tender,
        amount: input.payment!.amount,
        stock_location_id: input.location_id,
        created_by: input.created_by,
      }))
    ).config({ name: "kassa-preorders-ship-pay" })
  )
  drawerCash(input, paid, "balance").config({ name: "kassa-preorders-ship-drawer" })
  createShipmentStep(transform({ input }, ({ input }) => ({ id: input.id, location_id: input.location_id, address: input.address, created_by: input.created_by })))
  handOverStep(
    transform({ prepared, input }, ({ prepared, input }) => ({
      preorder: prepared.preorder,
      status: "shipped" as const,
      closed_by: input.created_by,
      at_location: input.location_id,
      serial_numbers: prepared.serial_numbers,
    }))
  ).config({ name: "kassa-preorders-ship-hand-over" })
  emitEventStep({
    eventName: PREORDER_PAYMENTS_RECORDED,
    data: transform({ paid, input }, ({ paid, input }) => ({ preorder_id: input.id, receipt_numbers: paid ? [paid.receipt_number] : [] })),
  }).config({ name: "kassa-preorders-emit-ship-payment" })
  return new WorkflowResponse(transform({ prepared }, ({ prepared }) => ({ id: prepared.preorder.id })))
})

/** The parcel arrived: the shipment marked delivered in Medusa, the pre-order `delivered`. */
export const markPreorderDeliveredWorkflow = createWorkflow("kassa-preorders-mark-delivered", (input: WorkflowData<{ id: string; location_id: string; closed_by: string }>) => {
  return new WorkflowResponse(markDeliveredStep(input))
})
