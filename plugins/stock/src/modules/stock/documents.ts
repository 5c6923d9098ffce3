/** PO-2026-000123: the series is per year, six digits, wider past a million. */
export const purchaseOrderNumber = (year: number, n: number) => `PO-${year}-${String(n).padStart(6, "0")}`

/** Kassa's number for a supplier invoice, as the reference's: INV001/2026. */
export const invoiceNumber = (year: number, n: number) => `INV${String(n).padStart(3, "0")}/${year}`
