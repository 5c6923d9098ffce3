import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Move = { from: string; into: string }
type Was = { id: string; is_default_shipping: boolean; is_default_billing: boolean }

/**
 * The merged-away customer's addresses move to the one kept. The kept customer's default
 * shipping and billing addresses stay the defaults (a customer has one of each); a moved address
 * is a default only where the kept customer had none.
 */
export const moveAddressesStep = createStep(
  "kassa-merge-move-addresses",
  async ({ from, into }: Move, { container }) => {
    const customers: ICustomerModuleService = container.resolve(Modules.CUSTOMER)
    const moving = await customers.listCustomerAddresses({ customer_id: from }, { select: ["id", "is_default_shipping", "is_default_billing"] })
    if (!moving.length) return new StepResponse(0, { from, was: [] as Was[] })
    const kept = await customers.listCustomerAddresses({ customer_id: into }, { select: ["is_default_shipping", "is_default_billing"] })
    const hasShipping = kept.some((a) => a.is_default_shipping)
    const hasBilling = kept.some((a) => a.is_default_billing)
    const was: Was[] = moving.map((a) => ({ id: a.id, is_default_shipping: !!a.is_default_shipping, is_default_billing: !!a.is_default_billing }))
    for (const a of was) {
      await customers.updateCustomerAddresses(a.id, {
        customer_id: into,
        is_default_shipping: a.is_default_shipping && !hasShipping,
        is_default_billing: a.is_default_billing && !hasBilling,
      })
    }
    return new StepResponse(was.length, { from, was })
  },
  async (undo, { container }) => {
    if (!undo?.was.length) return
    const customers: ICustomerModuleService = container.resolve(Modules.CUSTOMER)
    for (const a of undo.was) {
      await customers.updateCustomerAddresses(a.id, { customer_id: undo.from, is_default_shipping: a.is_default_shipping, is_default_billing: a.is_default_billing })
    }
  }
)
