import { defineTender } from "@kassa/pos/kit"
import { MedusaError } from "@medusajs/framework/utils"
import { INSTALLMENTS_MODULE } from "../modules/installments"
import type InstallmentsModuleService from "../modules/installments/service"
import { installmentsPlugin } from "../plugin"
import { readApplication } from "./application"
import { closePlan, openPlan, type OpenedPlan } from "./open-plan"
import { INSTALLMENT_TENDER } from "./tender-id"

/**
 * The counter's "Installment" tender. Its amount is what is financed; the sale's other tenders
 * are the down payment. The checkout takes the stock and records the paid order but holds the
 * goods: the plan waits for a credit officer (decidePlanWorkflow releases them on approval,
 * cancels the sale on rejection), or is approved at once within the branch's
 * automatic-approval amount (released when the sale completes, see subscribers).
 */
export const installmentTender = defineTender({
  id: INSTALLMENT_TENDER,
  label: "Installment",
  plugin: installmentsPlugin.id,
  holdsGoods: true,
  validate: async (tender, sale) => {
    await readApplication(sale.container, tender, sale)
  },
  capture: async (tender, sale) => {
    const app = await readApplication(sale.container, tender, sale)
    return openPlan(sale.container, app, { order_id: sale.order_id, stock_location_id: sale.stock_location_id, sold_by: sale.sold_by })
  },
  compensate: async (opened, { container }) => {
    await closePlan(container, opened as OpenedPlan)
  },
  // The sale is voided at the counter: the plan ends with it, unless money was collected on it.
  reverse: async ({ container, order_id, reason }) => {
    const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
    const [plan] = await service.listInstallmentPlans({ order_id }, { relations: ["payments"] })
    if (!plan || plan.status === "rejected" || plan.status === "canceled") return
    if (plan.payments.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Installment plan ${plan.id} has payments collected: settle them before voiding the sale`)
    }
    await service.updateInstallmentPlans({ id: plan.id, status: "canceled", decision_note: `Sale voided: ${reason}` })
  },
})
