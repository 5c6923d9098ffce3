import type PrintingModuleService from "../modules/printing/service"

/**
 * Which printer prints a sale's receipt: the active receipt printer of the sale's register, else
 * the branch's active receipt printer that belongs to no register; the oldest when several fit.
 * Null when neither exists.
 */
export async function receiptPrinterFor(printing: PrintingModuleService, sale: { stock_location_id: string; register_id: string | null }) {
  const printers = await printing.listPrinters({ stock_location_id: sale.stock_location_id, role: "receipt", is_active: true }, { order: { created_at: "ASC" } })
  return printers.find((p) => sale.register_id && p.register_id === sale.register_id) ?? printers.find((p) => !p.register_id) ?? null
}
