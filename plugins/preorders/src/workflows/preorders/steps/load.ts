import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PREORDERS_MODULE } from "../../../modules/preorders"
import type PreordersModuleService from "../../../modules/preorders/service"
import { OPEN_STATUSES } from "../../../modules/preorders/service"
import { assertMoneyTender } from "./prepare-take"

export type CollectInput = {
  id: string
  location_id: string
  serial_numbers?: string[]
  /** The balance paid in the same visit. */
  payment?: { tender: string; amount: number } | null
  /** A delivery's fee (centavos), owed on top of the balance. */
  delivery_fee?: number
  /** The register whose drawer takes a cash payment. */
  register_id?: string | null
  created_by: string
}

/**
 * What a collection needs, checked before anything moves: a ready pre-order held at this
 * branch (the goods leave from where they are reserved), a serial number per unit for a
 * serialized product, and the balance covered (by what was paid, with this visit's payment).
 */
export const prepareCollectStep = createStep("kassa-preorders-prepare-collect", async (input: CollectInput, { container }) => {
  const service = container.resolve<PreordersModuleService>(PREORDERS_MODULE)
  const [p] = await service.listPreorders({ id: input.id })
  if (!p) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No pre-order ${input.id}`)
  if (p.status !== "ready" || !p.reservation_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Pre-order ${p.number} is ${p.status.replace("_", " ")}: only a ready one is collected`)
  }
  if (p.stock_location_id !== input.location_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Pre-order ${p.number}'s goods are held at another branch: ${input.delivery_fee === undefined ? "collect them" : "send them from"} there`)
  }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["product.metadata"], filters: { id: p.variant_id } })
  const serialized = (data[0] as { product?: { metadata?: Record<string, unknown> | null } } | undefined)?.product?.metadata?.kassa_serialized === true
  const serials = (input.serial_numbers ?? []).map((s) => s.trim()).filter(Boolean)
  if (serialized && serials.length !== p.quantity) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${p.title} needs a serial number for each of its ${p.quantity} unit(s)`)
  }
  if (new Set(serials).size !== serials.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The same serial number is given twice")
  if (input.payment) await assertMoneyTender(container, input.location_id, input.payment.tender)
  const balance = (await service.balanceOf(p.id)).balance + (input.delivery_fee ?? 0)
  if (balance !== (input.payment?.amount ?? 0)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      balance > 0
        ? `Pre-order ${p.number} has a balance of ${(balance / 100).toFixed(2)}${input.delivery_fee ? " with the delivery fee" : ""}: pay it in full to ${input.delivery_fee === undefined ? "collect" : "deliver"}`
        : `Pre-order ${p.number} is paid in full: no payment is due`
    )
  }
  return new StepResponse({
    preorder: { id: p.id, number: p.number, stock_location_id: p.stock_location_id, inventory_item_id: p.inventory_item_id, reservation_id: p.reservation_id, quantity: p.quantity },
    serial_numbers: serials.length ? serials : null,
  })
})

export type CancelInput = {
  id: string
  location_id: string
  reason: string
  closed_by: string
  /** `expired`: the layaway job; the fee rule is the same. */
  status?: "canceled" | "expired"
  /** The register whose drawer pays a cash refund; none from the expiry job (the refund is owed, README). */
  register_id?: string | null
}

/** An open pre-order and the fee rule of the branch that took it. */
export const prepareCancelStep = createStep("kassa-preorders-prepare-cancel", async (input: CancelInput, { container }) => {
  const service = container.resolve<PreordersModuleService>(PREORDERS_MODULE)
  const [p] = await service.listPreorders({ id: input.id })
  if (!p) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No pre-order ${input.id}`)
  if (!OPEN_STATUSES.includes(p.status)) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Pre-order ${p.number} is already ${p.status.replace("_", " ")}`)
  const rules = await service.rulesAt(p.stock_location_id)
  // Cash going back needs a drawer, except an expiry by the job, which has no register: its cash refund is owed.
  const plan = input.register_id || input.status !== "expired" ? await service.refundPlan(p.id, rules.cancel_fee_percent) : { back: [] as { tender: string; amount: number }[] }
  return new StepResponse({
    cash_refund: plan.back.filter((r) => r.tender === "cash").reduce((s, r) => s + r.amount, 0),
    close: { preorder_id: p.id, status: input.status ?? "canceled", reason: input.reason, fee_percent: rules.cancel_fee_percent, stock_location_id: input.location_id, closed_by: input.closed_by },
    holding_location_id: p.stock_location_id,
    inventory_item_id: p.inventory_item_id,
  })
})
