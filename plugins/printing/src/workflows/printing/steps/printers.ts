import { BRANCH_MODULE, type BranchModuleService } from "@kassa/core/kit"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRINTING_MODULE } from "../../../modules/printing"
import type PrintingModuleService from "../../../modules/printing/service"
import type { PaperWidth, PrinterKind, PrinterRole } from "../../../modules/printing/models/printer"

export type PrinterFields = {
  name: string
  register_id?: string | null
  kind?: PrinterKind
  host?: string | null
  port?: number
  paper_width?: PaperWidth
  code_page?: string | null
  has_cutter?: boolean
  role?: PrinterRole
  cash_drawer?: boolean
  is_active?: boolean
}

const FIELDS = ["id", "name", "stock_location_id", "register_id", "kind", "host", "port", "paper_width", "code_page", "has_cutter", "role", "cash_drawer", "is_active"] as const

/** A network printer is reached at its address: refused without one, with a message that says so. */
function requireNetworkHost(printer: { kind?: PrinterKind; host?: string | null }) {
  if ((printer.kind ?? "network") === "network" && !printer.host) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A network printer needs its host (the printer's IP address or host name)")
  }
}

/**
 * A printer's register must be one of its branch's (links are not checked by the database:
 * a register elsewhere would route that counter's receipts to another branch's printer).
 */
export const checkPrinterRegisterStep = createStep(
  "kassa-printing-check-printer-register",
  async (input: { stock_location_id: string; register_id?: string | null }, { container }) => {
    if (!input.register_id) return new StepResponse(null)
    const [register] = await container.resolve<BranchModuleService>(BRANCH_MODULE).listRegisters({ id: input.register_id }, { relations: ["branch"] })
    if (!register || register.branch.stock_location_id !== input.stock_location_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Register ${input.register_id} is not a register of this branch`)
    }
    return new StepResponse(null)
  }
)

export const createPrinterStep = createStep(
  "kassa-printing-create-printer",
  async (input: PrinterFields & { stock_location_id: string }, { container }) => {
    requireNetworkHost(input)
    const printing = container.resolve<PrintingModuleService>(PRINTING_MODULE)
    const created = await printing.createPrinters(input)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PrintingModuleService>(PRINTING_MODULE).deletePrinters(id)
  }
)

/** The printer's fields before the change, for the compensation. */
export const updatePrinterStep = createStep(
  "kassa-printing-update-printer",
  async (input: Partial<PrinterFields> & { id: string }, { container }) => {
    const printing = container.resolve<PrintingModuleService>(PRINTING_MODULE)
    const previous = await printing.retrievePrinter(input.id, { select: [...FIELDS] })
    requireNetworkHost({ ...previous, ...input })
    const updated = await printing.updatePrinters(input)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const { stock_location_id: _, ...fields } = previous
    await container.resolve<PrintingModuleService>(PRINTING_MODULE).updatePrinters(fields)
  }
)

export const deletePrinterStep = createStep(
  "kassa-printing-delete-printer",
  async (id: string, { container }) => {
    await container.resolve<PrintingModuleService>(PRINTING_MODULE).softDeletePrinters(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PrintingModuleService>(PRINTING_MODULE).restorePrinters(id)
  }
)
