import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { outputOf } from "../../../escpos/printer-output"
import { labelBytes } from "../../../labels/escpos"
import { labelsFor, type LabelRequest } from "../../../labels/label-data"
import { PRINTING_MODULE } from "../../../modules/printing"
import type PrintingModuleService from "../../../modules/printing/service"
import { printerForTask, userRoleIds } from "../../../routing/route-printer"

export type PrintLabelsInput = {
  location_id: string
  request: LabelRequest
  /** A printer chosen by the caller; else the branch's label printer (the oldest active one). */
  printer_id?: string | null
  requested_by: string | null
}

export type LabelJob = {
  printer_id: string
  stock_location_id: string
  payload: string
  labels: number
  requested_by: string | null
}

/**
 * The printer the labels go to: the one asked for, at this branch and switched on; else the one
 * the branch routes `barcode_label` to (for the requester's role); else its label printer.
 */
async function labelPrinter(container: MedusaContainer, printing: PrintingModuleService, input: PrintLabelsInput) {
  if (input.printer_id) {
    const [chosen] = await printing.listPrinters({ id: input.printer_id, stock_location_id: input.location_id })
    if (!chosen) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No printer ${input.printer_id} at this branch`)
    if (!chosen.is_active) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Printer ${chosen.name} is switched off`)
    if (chosen.kind !== "network") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${chosen.name} is a ${chosen.kind} printer: download the labels as a PDF (format: pdf) instead`)
    return chosen
  }
  const routed = await printerForTask(printing, {
    stock_location_id: input.location_id,
    task: "barcode_label",
    register_id: null,
    roleIds: () => userRoleIds(container, input.requested_by),
  })
  if (routed) {
    if (routed.kind !== "network") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Labels here are routed to ${routed.name}, a ${routed.kind} printer: download them as a PDF (format: pdf) instead`)
    return routed
  }
  const [found] = await printing.listPrinters({ stock_location_id: input.location_id, role: "label", kind: "network", is_active: true }, { order: { created_at: "ASC" }, take: 1 })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This branch has no label printer (a network printer with the role label): add one, or choose printer_id")
  return found
}

/** The labels as the printer's ESC/POS bytes, rendered now: what prints is the price of the moment it was asked. */
export const renderLabelJobStep = createStep("kassa-printing-render-label-job", async (input: PrintLabelsInput, { container }) => {
  const printing = container.resolve<PrintingModuleService>(PRINTING_MODULE)
  const printer = await labelPrinter(container, printing, input)
  const labels = await labelsFor(container, input.request)
  const job: LabelJob = {
    printer_id: printer.id,
    stock_location_id: input.location_id,
    payload: Buffer.from(labelBytes(labels, outputOf(printer, 58))).toString("base64"),
    labels: labels.length,
    requested_by: input.requested_by,
  }
  return new StepResponse(job)
})
