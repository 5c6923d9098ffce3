import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_MODULE } from "../../../modules/stock"
import type { InvoiceInput } from "../../../modules/stock/service"
import type StockModuleService from "../../../modules/stock/service"

/** The supplier's invoice against what was received (service.recordInvoice); undo removes it and frees its receipts. */
export const recordInvoiceStep = createStep(
  "kassa-stock-record-invoice",
  async (input: InvoiceInput, { container }) => {
    const invoice = await container.resolve<StockModuleService>(STOCK_MODULE).recordInvoice(input)
    return new StepResponse(invoice, invoice.id)
  },
  async (id, { container }) => {
    if (!id) return
    const stock = container.resolve<StockModuleService>(STOCK_MODULE)
    const receipts = await stock.listStockReceipts({ invoice_id: id }, { select: ["id"] })
    if (receipts.length) await stock.updateStockReceipts(receipts.map((r) => ({ id: r.id, invoice_id: null })))
    await stock.deleteStockInvoices(id)
  }
)
