import { model } from "@medusajs/framework/utils"

/** What a printer is for: a sale's receipt goes to a `receipt` printer; the others wait for their tasks. */
export const PRINTER_ROLES = ["receipt", "kitchen", "label", "report"] as const
export type PrinterRole = (typeof PRINTER_ROLES)[number]

/**
 * How a printer prints: `network`, raw ESC/POS over TCP (port 9100); `browser`, the counter's
 * browser prints the document (a route to it says so on purpose); `pdf`, the document is kept
 * as a PDF on its print job, to download from the print history.
 */
export const PRINTER_KINDS = ["network", "browser", "pdf"] as const
export type PrinterKind = (typeof PRINTER_KINDS)[number]

/** Roll widths and the characters a line holds in the printer's standard font (font A). */
export const PAPER_COLUMNS = { 58: 32, 80: 48 } as const
export type PaperWidth = keyof typeof PAPER_COLUMNS

/**
 * A printer at a branch: a network ESC/POS printer (raw TCP, port 9100 by default), the
 * counter's browser, or a PDF kept on the job. One with a register serves that counter; one
 * without serves the branch's counters that have none of their own. `last_*` is its status as
 * the print queue last found it.
 */
export const Printer = model.define({ name: "Printer", tableName: "kassa_printer" }, {
  id: model.id({ prefix: "prn" }).primaryKey(),
  name: model.text(),
  stock_location_id: model.text().index(),
  register_id: model.text().nullable(),
  kind: model.enum([...PRINTER_KINDS]).default("network"),
  /** A network printer's address; none for the browser or PDF. */
  host: model.text().nullable(),
  port: model.number().default(9100),
  paper_width: model.number().default(80),
  /** The encoder's code page for its text (escpos/code-pages.ts); null: the one each document fits. */
  code_page: model.text().nullable(),
  /** Without a cutter no cut command is sent: the paper is torn off. */
  has_cutter: model.boolean().default(true),
  role: model.enum([...PRINTER_ROLES]).default("receipt"),
  /** A cash drawer hangs on the printer's drawer port: a cash sale kicks it open. */
  cash_drawer: model.boolean().default(false),
  is_active: model.boolean().default(true),
  /** Sending a job until then (the print queue's lease): the printer's next job waits. */
  busy_until: model.dateTime().nullable(),
  last_success_at: model.dateTime().nullable(),
  last_error: model.text().nullable(),
  last_error_at: model.dateTime().nullable(),
})
