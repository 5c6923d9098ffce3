import { model } from "@medusajs/framework/utils"

/**
 * A sale's receipt (or its reprint, gift receipt, A4 invoice), a test page, labels, a return slip,
 * or another plugin's slip by its task (core's DOCUMENT_TASKS: a task missing here fails the
 * document job's typecheck).
 */
export const PRINT_JOB_KINDS = ["receipt", "reprint", "test", "label", "return_slip", "gift_receipt", "invoice", "z_report", "claim_slip", "installment_slip", "preorder_slip"] as const
export type PrintJobKind = (typeof PRINT_JOB_KINDS)[number]
export const PRINT_JOB_STATUSES = ["pending", "printing", "done", "failed"] as const
export type PrintJobStatus = (typeof PRINT_JOB_STATUSES)[number]
/** What `payload` holds: ESC/POS bytes for a network printer, or the PDF a PDF printer keeps. */
export const PRINT_JOB_FORMATS = ["escpos", "pdf"] as const
export type PrintJobFormat = (typeof PRINT_JOB_FORMATS)[number]

/**
 * One document on its way to a printer: the print queue's row. `payload` is the ESC/POS bytes
 * (base64), rendered when the job was made, so what prints is what the sale was; a PDF
 * printer's job holds the PDF instead and is done when made (nothing is sent). A worker takes
 * a job `printing` for a lease (`claimed_by` until `claimed_until`); a crash leaves it to be
 * taken again once the lease ends. Failures wait `next_attempt_at`, up to `max_attempts`.
 */
export const PrintJob = model
  .define({ name: "PrintJob", tableName: "kassa_print_job" }, {
    id: model.id({ prefix: "pjob" }).primaryKey(),
    printer_id: model.text(),
    stock_location_id: model.text(),
    kind: model.enum([...PRINT_JOB_KINDS]),
    order_id: model.text().nullable(),
    receipt_number: model.text().nullable(),
    status: model.enum([...PRINT_JOB_STATUSES]).default("pending"),
    payload: model.text(),
    format: model.enum([...PRINT_JOB_FORMATS]).default("escpos"),
    kicks_drawer: model.boolean().default(false),
    attempts: model.number().default(0),
    max_attempts: model.number().default(5),
    next_attempt_at: model.dateTime(),
    claimed_by: model.text().nullable(),
    claimed_until: model.dateTime().nullable(),
    last_error: model.text().nullable(),
    printed_at: model.dateTime().nullable(),
    /** The staff member's user id for a reprint or test page; null for a sale's own receipt. */
    requested_by: model.text().nullable(),
  })
  .indexes([
    { on: ["printer_id", "status"] },
    { on: ["stock_location_id", "created_at"] },
    { on: ["order_id"], where: "order_id IS NOT NULL" },
    { on: ["next_attempt_at"], where: "status = 'pending'" },
  ])
