import { freeText, id, ids, pagination } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"
import { isIP } from "node:net"
import { PRINT_JOB_STATUSES } from "../../../../modules/printing/models/print-job"
import { PRINT_TASKS } from "../../../../modules/printing/models/print-route"
import { CODE_PAGES } from "../../../../escpos/code-pages"
import { PRINTER_KINDS, PRINTER_ROLES } from "../../../../modules/printing/models/printer"

const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/
const host = z
  .string({ error: "must be the printer's IP address or host name" })
  .trim()
  .refine((v) => isIP(v) !== 0 || HOSTNAME.test(v), "must be the printer's IP address or host name, without a scheme or port (e.g. 192.168.1.50)")
const port = z.number({ error: "must be a number" }).int("must be a whole number").min(1, "must be a TCP port (1–65535)").max(65535, "must be a TCP port (1–65535)")
const paperWidth = z
  .number({ error: "must be 58 or 80 (mm)" })
  .refine((v): v is 58 | 80 => v === 58 || v === 80, "must be 58 or 80 (mm)")
  .transform((v) => v as 58 | 80)
const printerId = () => id("prn", "a printer")

const printerFields = {
  name: freeText(100, 1),
  register_id: ids.register().nullable(),
  kind: z.enum(PRINTER_KINDS, { error: `must be one of ${PRINTER_KINDS.join(", ")}` }),
  /** Only a network printer has an address (required for it); the browser and PDF have none. */
  host: host.nullable(),
  port,
  paper_width: paperWidth,
  /** null: the code page each document fits (CP437, else CP858). */
  code_page: z.enum(CODE_PAGES, { error: `must be one of the encoder's code pages (${CODE_PAGES.slice(0, 4).join(", ")}…) or null` }).nullable(),
  has_cutter: z.boolean({ error: "must be true or false" }),
  role: z.enum(PRINTER_ROLES, { error: `must be one of ${PRINTER_ROLES.join(", ")}` }),
  cash_drawer: z.boolean({ error: "must be true or false" }),
  is_active: z.boolean({ error: "must be true or false" }),
}

export const CreatePrinterSchema = z
  .object({
    location_id: ids.location(),
    name: printerFields.name,
    register_id: printerFields.register_id.optional(),
    kind: printerFields.kind.default("network"),
    host: printerFields.host.optional(),
    port: printerFields.port.default(9100),
    paper_width: printerFields.paper_width.default(80),
    code_page: printerFields.code_page.default(null),
    has_cutter: printerFields.has_cutter.default(true),
    role: printerFields.role.default("receipt"),
    cash_drawer: printerFields.cash_drawer.default(false),
    is_active: printerFields.is_active.default(true),
  })
  .strict()
  .refine((b) => b.kind !== "network" || !!b.host, { message: "host is required for a network printer (its IP address or host name); browser and PDF printers have none", path: ["host"] })
export type CreatePrinterType = z.infer<typeof CreatePrinterSchema>

/** A printer keeps its branch: moving one is removing it here and adding it there. */
export const UpdatePrinterSchema = z
  .object(Object.fromEntries(Object.entries(printerFields).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof printerFields]: z.ZodOptional<(typeof printerFields)[K]> })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: "Send a field to change" })
export type UpdatePrinterType = z.infer<typeof UpdatePrinterSchema>

export const ListPrintersSchema = z.object({
  location_id: ids.location().optional(),
  role: z.enum(PRINTER_ROLES).optional(),
  ...pagination(),
})
export type ListPrintersType = z.infer<typeof ListPrintersSchema>

export const ListPrintJobsSchema = z.object({
  location_id: ids.location().optional(),
  printer_id: printerId().optional(),
  order_id: ids.order().optional(),
  status: z.enum(PRINT_JOB_STATUSES).optional(),
  ...pagination(),
})
export type ListPrintJobsType = z.infer<typeof ListPrintJobsSchema>

/**
 * `copy: "customer"`: the customer's copy, marked as such (else a reprint, marked REPRINT);
 * `document`: the sale's gift receipt (no prices) or its A4 invoice instead of the receipt.
 */
export const PrintReceiptSchema = z
  .object({
    printer_id: printerId().optional(),
    copy: z.enum(["customer"], { error: 'must be "customer"' }).optional(),
    document: z.enum(["receipt", "gift_receipt", "invoice"], { error: "must be receipt, gift_receipt or invoice" }).default("receipt"),
  })
  .strict()
  .refine((b) => !b.copy || b.document === "receipt", { message: "copy is for the receipt: a gift receipt or invoice has no customer's copy", path: ["copy"] })
export type PrintReceiptType = z.infer<typeof PrintReceiptSchema>

/** A sale's document the browser prints when its task is routed there. */
export const SaleDocumentSchema = z.object({ document: z.enum(["gift_receipt", "invoice"], { error: "must be gift_receipt or invoice" }) })
export type SaleDocumentType = z.infer<typeof SaleDocumentSchema>

const task = z.enum(PRINT_TASKS, { error: `must be one of ${PRINT_TASKS.join(", ")}` })

export const SalePrinterSchema = z.object({ task: task.default("receipt") })
export type SalePrinterType = z.infer<typeof SalePrinterSchema>

/** A route: the branch's default for the task, or one for a register, a role (a Kassa role's id), or both. */
export const SetPrintRouteSchema = z
  .object({
    location_id: ids.location(),
    task,
    register_id: ids.register().nullable().default(null),
    role_id: id("krol", "a role").nullable().default(null),
    printer_id: printerId(),
  })
  .strict()
export type SetPrintRouteType = z.infer<typeof SetPrintRouteSchema>

export const ListPrintRoutesSchema = z.object({
  location_id: ids.location().optional(),
  task: task.optional(),
  ...pagination({ limit: 200, max: 500 }),
})
export type ListPrintRoutesType = z.infer<typeof ListPrintRoutesSchema>
