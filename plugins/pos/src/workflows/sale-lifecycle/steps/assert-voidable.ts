import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import type { CounterSale } from "./load-counter-sale"

const dayIn = (timeZone: string, at: Date) => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at)

/**
 * A void undoes a mistake at the till: only on the sale's own day (the branch's calendar) and
 * while its drawer session is open, so the cash goes back out of the drawer that took it. Later,
 * or after the Z report, the customer's way back is a return.
 */
export const assertVoidableStep = createStep("kassa-pos-assert-voidable", async ({ sale, now }: { sale: CounterSale; now?: Date }, { container }) => {
  const completed = sale.ticket.completed_at ? new Date(sale.ticket.completed_at) : null
  const today = now ?? new Date()
  if (!completed || dayIn(sale.timezone, completed) !== dayIn(sale.timezone, today)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Sale ${sale.ticket.receipt_number} is from ${completed ? dayIn(sale.timezone, completed) : "another day"}: only a sale of today can be voided; take a return instead`)
  }
  const pos: PosModuleService = container.resolve(POS_MODULE)
  const [ticket] = await pos.listTickets({ id: sale.ticket.id }, { select: ["drawer_session_id"] })
  const [drawer] = ticket?.drawer_session_id ? await pos.listDrawerSessions({ id: ticket.drawer_session_id }, { select: ["status"] }) : []
  if (drawer?.status !== "open") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The drawer session of sale ${sale.ticket.receipt_number} is closed: take a return instead`)
  }
  return new StepResponse(true)
})
