import { POS_MODULE, type PosModuleService } from "@kassa/pos/kit"
import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRINTING_MODULE } from "../modules/printing"
import type PrintingModuleService from "../modules/printing/service"

/** Routes on a printer are guarded at its branch. */
export async function printerBranch(req: MedusaRequest) {
  const [printer] = await req.scope.resolve<PrintingModuleService>(PRINTING_MODULE).listPrinters({ id: req.params.id }, { select: ["stock_location_id"] })
  if (!printer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No printer ${req.params.id}`)
  return printer.stock_location_id
}

/** A sale's receipt is printed at the branch that made the sale. */
export async function saleBranch(req: MedusaRequest) {
  const location = await req.scope.resolve<PosModuleService>(POS_MODULE).ticketLocation({ order_id: req.params.order_id })
  if (!location) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.order_id} is not a counter sale`)
  return location
}

/** A route of the routing table is guarded at its branch. */
export async function printRouteBranch(req: MedusaRequest) {
  const [route] = await req.scope.resolve<PrintingModuleService>(PRINTING_MODULE).listPrintRoutes({ id: req.params.id }, { select: ["stock_location_id"] })
  if (!route) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No print route ${req.params.id}`)
  return route.stock_location_id
}

/** A print job (its PDF) is read at its branch. */
export async function printJobBranch(req: MedusaRequest) {
  const [job] = await req.scope.resolve<PrintingModuleService>(PRINTING_MODULE).listPrintJobs({ id: req.params.id }, { select: ["stock_location_id"] })
  if (!job) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No print job ${req.params.id}`)
  return job.stock_location_id
}
