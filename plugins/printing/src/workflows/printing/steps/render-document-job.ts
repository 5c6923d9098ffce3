import type { ReadyDocument } from "@kassa/core/kit"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRINTING_MODULE } from "../../../modules/printing"
import type PrintingModuleService from "../../../modules/printing/service"
import { printerForTask, staffRoleIds } from "../../../routing/route-printer"
import { slipJob } from "./print-jobs"

/**
 * Another plugin's slip (a Z report, a claim slip, an installment payment slip) as the job for
 * the printer the branch routes its task to, for that register and the role of the staff member
 * who made it; null when no printer is routed or the route is the browser (the slip stays the
 * page the browser prints).
 */
export const renderDocumentJobStep = createStep("kassa-printing-render-document-job", async (document: ReadyDocument, { container }) => {
  const printer = await printerForTask(container.resolve<PrintingModuleService>(PRINTING_MODULE), {
    stock_location_id: document.stock_location_id,
    task: document.task,
    register_id: document.register_id,
    roleIds: () => staffRoleIds(container, document.staff_id),
  })
  if (!printer || printer.kind === "browser") return new StepResponse(null)
  const job = await slipJob(container, printer, document.lines, {
    kind: document.task,
    stock_location_id: document.stock_location_id,
    reference: document.reference,
    title: `${document.task.replace(/_/g, " ")} ${document.reference}`,
    // What the customer takes carries the logo; the Z report stays in the drawer.
    withLogo: document.task !== "z_report",
  })
  return new StepResponse(job)
})
