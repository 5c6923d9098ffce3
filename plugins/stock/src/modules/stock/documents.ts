/** PO-2026-000123: the series is per year, six digits, wider past a million. */
export const purchaseOrderNumber = (year: number, n: number) => `PO-${year}-${String(n).padStart(6, "0")}`

/** Kassa's number for a supplier invoice, as the reference's: INV001/2026. */
export const invoiceNumber = (year: number, n: number) => `INV${String(n).padStart(3, "0")}/${year}`

/** TR-MNLCEB-0001-1226: the route's series (branch codes, from then to), four digits a month, month and year. */
export const transferNumber = (series: string, at: Date, n: number) =>
  `${series}-${String(n).padStart(4, "0")}-${String(at.getUTCMonth() + 1).padStart(2, "0")}${String(at.getUTCFullYear() % 100).padStart(2, "0")}`

/** CNT-2026-000001, per year as the purchase orders. */
export const countNumber = (year: number, n: number) => `CNT-${year}-${String(n).padStart(6, "0")}`
