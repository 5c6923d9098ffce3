import { POS_MODULE, refundReceiptData, refundReceiptLines, saleReceiptData, type PosModuleService } from "@kassa/pos/kit"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { receiptBytes } from "../../../escpos/receipt"
import { slipBytes } from "../../../escpos/slip"
import { testPageBytes } from "../../../escpos/test-page"
import { PRINTING_MODULE } from "../../../modules/printing"
import { PAPER_COLUMNS, type PaperWidth } from "../../../modules/printing/models/printer"
import type { PrintJobKind } from "../../../modules/printing/models/print-job"
import type PrintingModuleService from "../../../modules/printing/service"
import { maxPrintAttempts } from "../../../queue/settings"
import { printerForTask, staffRoleIds } from "../../../routing/route-printer"

export type PrintJobInput = {
  printer_id: string
  stock_location_id: string
  kind: PrintJobKind
  order_id: string | null
  receipt_number: string | null
  payload: string
  kicks_drawer: boolean
  requested_by: string | null
}

type PrinterRow = { id: string; name: string; stock_location_id: string; host: string; port: number; paper_width: number; cash_drawer: boolean; is_active: boolean }

export const columnsOf = (printer: { paper_width: number }) => PAPER_COLUMNS[printer.paper_width as PaperWidth] ?? PAPER_COLUMNS[80]

export type RenderReceiptInput = {
  order_id: string
  /** The sale's own print (may kick the drawer) or a reprint (marked, never opens the drawer). */
  kind: "receipt" | "reprint"
  /** A printer chosen by the caller; else the one the branch's routing gives the sale's counter and cashier. */
  printer_id?: string | null
  requested_by?: string | null
  /** The customer's copy, asked for at the counter: marked as such, never opens the drawer. */
  copy?: "customer" | null
}

/**
 * The sale's receipt as the job its printer will get, or null when the branch has no receipt
 * printer for that counter (the counter prints from the browser instead). The drawer is kicked
 * only by the sale's own receipt, when it took cash and the printer has a drawer.
 */
export const renderReceiptJobStep = createStep("kassa-printing-render-receipt-job", async (input: RenderReceiptInput, { container }) => {
  const pos = container.resolve<PosModuleService>(POS_MODULE)
  const [ticket] = await pos.listTickets({ order_id: input.order_id }, { select: ["stock_location_id", "register_id", "receipt_number", "opened_by"] })
  if (!ticket?.receipt_number) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} is not a counter sale`)
  const printing = container.resolve<PrintingModuleService>(PRINTING_MODULE)
  let printer: PrinterRow | null
  if (input.printer_id) {
    const [chosen] = await printing.listPrinters({ id: input.printer_id, stock_location_id: ticket.stock_location_id })
    if (!chosen) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No printer ${input.printer_id} at the sale's branch`)
    if (!chosen.is_active) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Printer ${chosen.name} is switched off`)
    printer = chosen
  } else {
    printer = await printerForTask(printing, {
      stock_location_id: ticket.stock_location_id,
      task: "receipt",
      register_id: ticket.register_id,
      roleIds: () => staffRoleIds(container, ticket.opened_by),
    })
  }
  if (!printer) {
    if (input.kind === "reprint") throw new MedusaError(MedusaError.Types.NOT_FOUND, "No receipt printer serves this sale's counter: choose a printer_id")
    return new StepResponse(null)
  }
  const data = await saleReceiptData(container, input.order_id)
  const kick = input.kind === "receipt" && printer.cash_drawer && data.tenders.some((t) => t.method === "cash")
  const banner = input.copy === "customer" ? "CUSTOMER COPY" : input.kind === "reprint" ? "REPRINT" : undefined
  const bytes = receiptBytes(data, { columns: columnsOf(printer), kick, banner })
  const job: PrintJobInput = {
    printer_id: printer.id,
    stock_location_id: ticket.stock_location_id,
    kind: input.kind,
    order_id: input.order_id,
    receipt_number: data.receipt_number,
    payload: Buffer.from(bytes).toString("base64"),
    kicks_drawer: kick,
    requested_by: input.requested_by ?? null,
  }
  return new StepResponse(job)
})

/**
 * A counter return's refund (or exchange) slip, as POS lays it out, for the printer the branch
 * routes `return_slip` to for that register and the staff member who took it; null when none.
 */
export const renderReturnSlipJobStep = createStep(
  "kassa-printing-render-return-slip-job",
  async (input: { return_id: string; stock_location_id: string; register_id: string; created_by: string }, { container }) => {
    const printing = container.resolve<PrintingModuleService>(PRINTING_MODULE)
    const printer = await printerForTask(printing, {
      stock_location_id: input.stock_location_id,
      task: "return_slip",
      register_id: input.register_id,
      roleIds: () => staffRoleIds(container, input.created_by),
    })
    if (!printer) return new StepResponse(null)
    const slip = await refundReceiptData(container, input.return_id)
    const job: PrintJobInput = {
      printer_id: printer.id,
      stock_location_id: input.stock_location_id,
      kind: "return_slip",
      order_id: null,
      receipt_number: slip.number,
      payload: Buffer.from(slipBytes(refundReceiptLines(slip), columnsOf(printer))).toString("base64"),
      kicks_drawer: false,
      requested_by: null,
    }
    return new StepResponse(job)
  }
)

/** A test page for the printer: its name, address and a ruler as wide as its roll. */
export const renderTestPageJobStep = createStep(
  "kassa-printing-render-test-page-job",
  async (input: { printer_id: string; requested_by: string | null }, { container }) => {
    const printer = (await container.resolve<PrintingModuleService>(PRINTING_MODULE).retrievePrinter(input.printer_id)) as PrinterRow
    const bytes = testPageBytes(printer, columnsOf(printer), new Date())
    const job: PrintJobInput = {
      printer_id: printer.id,
      stock_location_id: printer.stock_location_id,
      kind: "test",
      order_id: null,
      receipt_number: null,
      payload: Buffer.from(bytes).toString("base64"),
      kicks_drawer: false,
      requested_by: input.requested_by,
    }
    return new StepResponse(job)
  }
)

/** Queues the job (nothing when there is none); undone by deleting it before it is taken. */
export const queuePrintJobStep = createStep(
  "kassa-printing-queue-print-job",
  async (job: PrintJobInput | null, { container }) => {
    if (!job) return new StepResponse(null)
    const created = await container
      .resolve<PrintingModuleService>(PRINTING_MODULE)
      .createPrintJobs({ ...job, status: "pending", attempts: 0, max_attempts: maxPrintAttempts(), next_attempt_at: new Date() })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PrintingModuleService>(PRINTING_MODULE).deletePrintJobs(id)
  }
)
