import { POS_MODULE, type PosModuleService } from "@kassa/pos/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRINTING_MODULE } from "../../../../../../../modules/printing"
import type PrintingModuleService from "../../../../../../../modules/printing/service"
import { printerForTask, staffRoleIds } from "../../../../../../../routing/route-printer"
import type { SalePrinterType } from "../../../validators"

/**
 * The printer a task of this sale goes to (`?task=receipt` by default) — a network printer, a
 * PDF printer, the browser — or null (the browser too): the counter says where its receipt went.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, SalePrinterType>, res: MedusaResponse) => {
  const [ticket] = await req.scope
    .resolve<PosModuleService>(POS_MODULE)
    .listTickets({ order_id: req.params.order_id }, { select: ["stock_location_id", "register_id", "opened_by"] })
  const printer = await printerForTask(req.scope.resolve<PrintingModuleService>(PRINTING_MODULE), {
    stock_location_id: ticket.stock_location_id,
    task: req.validatedQuery.task,
    register_id: ticket.register_id,
    roleIds: () => staffRoleIds(req.scope, ticket.opened_by),
  })
  res.json({ printer: printer ? { id: printer.id, name: printer.name, kind: printer.kind } : null })
}
