import { defineWorkRecovery } from "@kassa/core/kit"
import { Modules } from "@medusajs/framework/utils"
import { INSTALLMENTS_MODULE } from "../../modules/installments"
import type InstallmentsModuleService from "../../modules/installments/service"
import { COLLECTION_WORK, INSTALLMENT_PAYMENT_RECORDED } from "./workflows/collect-payment"

/**
 * A collection that a crash interrupted: its payment (the id it chose, in its journal) either
 * committed whole — finished, its event sent (subscribers may see it twice: the crash may have
 * come after the first) — or not at all: undone, and the client's retry records it.
 */
defineWorkRecovery(COLLECTION_WORK, async (container, run) => {
  const paymentId = run.facts.payment_id as string | undefined
  if (!paymentId) return { outcome: "undone" }
  const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
  const [payment] = await service.listInstallmentPayments({ id: paymentId }, { select: ["id", "plan_id", "receipt_number"] })
  if (!payment) return { outcome: "undone" }
  await container.resolve(Modules.EVENT_BUS).emit({ name: INSTALLMENT_PAYMENT_RECORDED, data: { id: payment.id, plan_id: payment.plan_id, receipt_number: payment.receipt_number } })
  return { outcome: "done", response: { payment_id: payment.id, receipt_number: payment.receipt_number } }
})
