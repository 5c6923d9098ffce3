import { STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRINTING_MODULE } from "../../../modules/printing"
import type { PrintTask } from "../../../modules/printing/models/print-route"
import type PrintingModuleService from "../../../modules/printing/service"

export type PrintRouteInput = {
  stock_location_id: string
  task: PrintTask
  register_id: string | null
  role_id: string | null
  printer_id: string
}

/** The route's printer must be the branch's and its role a Kassa role (ids are not checked by the database). */
export const checkPrintRouteStep = createStep("kassa-printing-check-print-route", async (input: PrintRouteInput, { container }) => {
  const [printer] = await container.resolve<PrintingModuleService>(PRINTING_MODULE).listPrinters({ id: input.printer_id, stock_location_id: input.stock_location_id })
  if (!printer) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Printer ${input.printer_id} is not a printer of this branch`)
  if (input.role_id) {
    const [role] = await container.resolve<StaffModuleService>(STAFF_MODULE).listStaffRoles({ id: input.role_id }, { select: ["id"] })
    if (!role) throw new MedusaError(MedusaError.Types.INVALID_DATA, `No role ${input.role_id}`)
  }
  return new StepResponse(null)
})

/**
 * Sets the printer of a (branch, task, register, role): changes the route that exists, else adds
 * one. Undone by putting the previous printer back, or removing the route it added.
 */
export const setPrintRouteStep = createStep(
  "kassa-printing-set-print-route",
  async (input: PrintRouteInput, { container }) => {
    const printing = container.resolve<PrintingModuleService>(PRINTING_MODULE)
    const { printer_id, ...key } = input
    const [existing] = await printing.listPrintRoutes(key)
    if (existing) {
      const updated = await printing.updatePrintRoutes({ id: existing.id, printer_id })
      return new StepResponse(updated, { id: existing.id, printer_id: existing.printer_id as string | null })
    }
    const created = await printing.createPrintRoutes(input)
    return new StepResponse(created, { id: created.id, printer_id: null as string | null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const printing = container.resolve<PrintingModuleService>(PRINTING_MODULE)
    if (undo.printer_id) await printing.updatePrintRoutes({ id: undo.id, printer_id: undo.printer_id })
    else await printing.deletePrintRoutes(undo.id)
  }
)

export const deletePrintRouteStep = createStep(
  "kassa-printing-delete-print-route",
  async (id: string, { container }) => {
    await container.resolve<PrintingModuleService>(PRINTING_MODULE).softDeletePrintRoutes(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PrintingModuleService>(PRINTING_MODULE).restorePrintRoutes(id)
  }
)
