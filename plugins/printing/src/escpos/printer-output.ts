import { PAPER_COLUMNS, type PaperWidth } from "../modules/printing/models/printer"
import type { PrinterOutput } from "./encoder"

/** A printer's roll width, code page and cutter, as its documents are encoded for it. */
export const outputOf = (printer: { paper_width: number; code_page?: string | null; has_cutter?: boolean }, fallbackWidth: PaperWidth = 80): PrinterOutput => ({
  columns: PAPER_COLUMNS[printer.paper_width as PaperWidth] ?? PAPER_COLUMNS[fallbackWidth],
  codePage: printer.code_page ?? null,
  cutter: printer.has_cutter ?? true,
})
