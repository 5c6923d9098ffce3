import { logoBytes } from "@kassa/core/kit"
import { POS_MODULE, refundReceiptData, refundReceiptLines, renderReceiptPdf, saleReceiptData, type PosModuleService, type ReceiptData } from "@kassa/pos/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { textLinesPdf } from "../../../documents/text-pdf"
import { giftReceiptLines } from "../../../escpos/gift-receipt"
import { outputOf } from "../../../escpos/printer-output"
import { receiptBytes } from "../../../escpos/receipt"
import { slipBytes } from "../../../escpos/slip"
import { testPageBytes } from "../../../escpos/test-page"
import { branchLogo, branchLogoFile } from "../../../logo/branch-logo"
import { PRINTING_MODULE } from "../../../modules/printing"
import type { PrintJobFormat, PrintJobKind } from "../../../modules/printing/models/print-job"
import type { PrinterKind } from "../../../modules/printing/models/printer"
import type { PrintTask } from "../../../modules/printing/models/print-route"
import type PrintingModuleService from "../../../modules/printing/service"
import { maxPrintAttempts } from "../../../queue/settings"
import { printerForTask, staffRoleIds } from "../../../routing/route-printer"

export type PrintJobInput = {
  printer_id: string
  stock_location_id: string
  kind: PrintJobKind
  format: PrintJobFormat
  order_id: string | null
  receipt_number: string | null
  payload: string
  kicks_drawer: boolean
  requested_by: string | null
}

type PrinterRow = {
  id: string
  name: string
  stock_location_id: string
  kind: PrinterKind
  host: string | null
  port: number
  paper_width: number
  code_page: string | null
  has_cutter: boolean
  cash_drawer: boolean
  is_active: boolean
}

/** What a sale's document is: its own receipt, a reprint (or the customer's copy), a gift receipt, an A4 invoice. */
export type SaleDocumentKind = "receipt" | "reprint" | "gift_receipt" | "invoice"
const TASK_OF: Record<SaleDocumentKind, PrintTask> = { receipt: "receipt", reprint: "receipt", gift_receipt: "gift_receipt", invoice: "invoice" }

export type RenderReceiptInput = {
  order_id: string
  /** The sale's own print (may kick the drawer), a reprint (marked, never opens the drawer), a gift receipt, an invoice. */
  kind: SaleDocumentKind
  /** A printer chosen by the caller; else the one the branch's routing gives the sale's counter and cashier. */
  printer_id?: string | null
  requested_by?: string | null
  /** The customer's copy, asked for at the counter: marked as such, never opens the drawer. */
  copy?: "customer" | null
}

/** The sale's printer: the one chosen (at the sale's branch, switched on), else the routed one. */
async function salePrinter(container: MedusaContainer, input: RenderReceiptInput, ticket: { stock_location_id: string; register_id: string | null; opened_by: string | null }) {
  const printing = container.resolve<PrintingModuleService>(PRINTING_MODULE)
  if (input.printer_id) {
    const [chosen] = await printing.listPrinters({ id: input.printer_id, stock_location_id: ticket.stock_location_id })
    if (!chosen) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No printer ${input.printer_id} at the sale's branch`)
    if (!chosen.is_active) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Printer ${chosen.name} is switched off`)
    return chosen as PrinterRow
  }
  const ask = (task: PrintTask) =>
    printerForTask(printing, { stock_location_id: ticket.stock_location_id, task, register_id: ticket.register_id, roleIds: () => staffRoleIds(container, ticket.opened_by) })
  // A gift receipt without a route of its own prints where the sale's receipt does.
  const printer = (await ask(TASK_OF[input.kind])) ?? (input.kind === "gift_receipt" ? await ask("receipt") : null)
  return printer as PrinterRow | null
}

/** The sale's document as the printer takes it: ESC/POS for a network printer, a PDF for a PDF printer. */
async function saleDocument(container: MedusaContainer, data: ReceiptData, printer: PrinterRow, input: RenderReceiptInput, stockLocationId: string) {
  const gift = input.kind === "gift_receipt"
  if (printer.kind === "pdf") {
    const logo = data.logo ? await logoBytes(container, data.logo.file_id).catch(() => null) : null
    if (gift) return { format: "pdf" as const, bytes: await textLinesPdf(giftReceiptLines(data, outputOf(printer).columns), { paperMm: printer.paper_width, title: `Gift receipt ${data.receipt_number}`, logo }), kick: false }
    return { format: "pdf" as const, bytes: await renderReceiptPdf(data, { layout: input.kind === "invoice" ? "a4" : "thermal", logo }), kick: false }
  }
  if (input.kind === "invoice") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `An A4 invoice needs a PDF or browser printer: ${printer.name} is a network receipt printer`)
  }
  const kick = input.kind === "receipt" && printer.cash_drawer && data.tenders.some((t) => t.method === "cash")
  const banner = gift ? undefined : input.copy === "customer" ? "CUSTOMER COPY" : input.kind === "reprint" ? "REPRINT" : undefined
  const logo = await branchLogo(container, stockLocationId)
  return { format: "escpos" as const, bytes: receiptBytes(data, { ...outputOf(printer), kick, banner, logo, gift }), kick }
}

/**
 * A sale's document as the job its printer will get, or null when the counter's browser prints
 * it: no printer serves that counter, or the one routed is the browser. The drawer is kicked only
 * by the sale's own receipt, when it took cash and the printer has a drawer. A PDF printer's job
 * keeps the PDF (the A4 layout for an invoice); an invoice on a network printer is refused.
 */
export const renderReceiptJobStep = createStep("kassa-printing-render-receipt-job", async (input: RenderReceiptInput, { container }) => {
  const pos = container.resolve<PosModuleService>(POS_MODULE)
  const [ticket] = await pos.listTickets({ order_id: input.order_id }, { select: ["stock_location_id", "register_id", "receipt_number", "opened_by"] })
  if (!ticket?.receipt_number) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} is not a counter sale`)
  const printer = await salePrinter(container, input, ticket)
  // No printer for the task, or the browser on purpose: the counter prints it from the browser.
  if (!printer || printer.kind === "browser") return new StepResponse(null)
  const data = await saleReceiptData(container, input.order_id)
  const { format, bytes, kick } = await saleDocument(container, data, printer, input, ticket.stock_location_id)
  const job: PrintJobInput = {
    printer_id: printer.id,
    stock_location_id: ticket.stock_location_id,
    kind: input.kind,
    format,
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
 * routes `return_slip` to for that register and the staff member who took it (a PDF on a PDF
 * printer); null when none is, or it is the browser.
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
    if (!printer || printer.kind === "browser") return new StepResponse(null)
    const slip = await refundReceiptData(container, input.return_id)
    const job = await slipJob(container, printer, refundReceiptLines(slip), {
      kind: "return_slip",
      stock_location_id: input.stock_location_id,
      reference: slip.number,
      title: `Refund ${slip.number}`,
      withLogo: true,
    })
    return new StepResponse(job)
  }
)

/**
 * A plain-text slip (a refund slip, another plugin's Z report or claim slip) as the job of a
 * network or PDF printer: ESC/POS in the printer's code page (font B on a 58 mm roll, cut when it
 * can), or a roll-wide PDF the job keeps. Never the drawer. `withLogo`: the branch's logo above a
 * slip the customer takes, as a raster on the roll or an image in the PDF.
 */
export async function slipJob(
  container: MedusaContainer,
  printer: { id: string; kind: PrinterKind; paper_width: number; code_page?: string | null; has_cutter?: boolean },
  lines: string[],
  { kind, stock_location_id, reference, title, withLogo }: { kind: PrintJobKind; stock_location_id: string; reference: string; title: string; withLogo: boolean }
): Promise<PrintJobInput> {
  const bytes =
    printer.kind === "pdf"
      ? await textLinesPdf(lines.map((text) => ({ text })), { paperMm: printer.paper_width, title, logo: withLogo ? await branchLogoFile(container, stock_location_id) : null })
      : slipBytes(lines, outputOf(printer), withLogo ? await branchLogo(container, stock_location_id) : null)
  return {
    printer_id: printer.id,
    stock_location_id,
    kind,
    format: printer.kind === "pdf" ? "pdf" : "escpos",
    order_id: null,
    receipt_number: reference,
    payload: Buffer.from(bytes).toString("base64"),
    kicks_drawer: false,
    requested_by: null,
  }
}

/** A test page for a network printer: its name, address and a ruler as wide as its roll. */
export const renderTestPageJobStep = createStep(
  "kassa-printing-render-test-page-job",
  async (input: { printer_id: string; requested_by: string | null }, { container }) => {
    const printer = (await container.resolve<PrintingModuleService>(PRINTING_MODULE).retrievePrinter(input.printer_id)) as PrinterRow
    if (printer.kind !== "network") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${printer.name} is a ${printer.kind} printer: a test page is for network printers (the browser and PDF need no connection)`)
    }
    const bytes = testPageBytes(printer, outputOf(printer), new Date())
    const job: PrintJobInput = {
      printer_id: printer.id,
      stock_location_id: printer.stock_location_id,
      kind: "test",
      format: "escpos",
      order_id: null,
      receipt_number: null,
      payload: Buffer.from(bytes).toString("base64"),
      kicks_drawer: false,
      requested_by: input.requested_by,
    }
    return new StepResponse(job)
  }
)

/**
 * Queues the job (nothing when there is none); undone by deleting it before it is taken. A PDF
 * is not sent anywhere: its job is done as it is made, the PDF kept on it for the print history.
 */
export const queuePrintJobStep = createStep(
  "kassa-printing-queue-print-job",
  async (job: PrintJobInput | null, { container }) => {
    if (!job) return new StepResponse(null)
    const now = new Date()
    const state = job.format === "pdf" ? { status: "done" as const, printed_at: now } : { status: "pending" as const }
    const created = await container
      .resolve<PrintingModuleService>(PRINTING_MODULE)
      .createPrintJobs({ ...job, ...state, attempts: 0, max_attempts: maxPrintAttempts(), next_attempt_at: now })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PrintingModuleService>(PRINTING_MODULE).deletePrintJobs(id)
  }
)
