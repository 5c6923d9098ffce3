/**
 * Everything a receipt shows, already computed: renderers only lay it out. Amounts are strings
 * of the currency's major unit with exactly two decimals ("1299.50"), never floats.
 */
export type ReceiptData = {
  receipt_number: string
  order_id: string
  /** ISO instant of the sale; renderers show it in `branch.timezone`. */
  issued_at: string
  /** A voided sale: its receipt is printed marked VOID, with when and why. */
  voided?: { at: string; reason: string | null } | null
  /** Paid but not handed over yet (an installment awaiting approval). */
  goods_held?: boolean
  currency_code: string
  branch: {
    name: string
    code: string
    address: string | null
    phone: string | null
    tax_id: string | null
    timezone: string
    header: string | null
    footer: string | null
  }
  /** The logo printed at the top: the branch's own, else the store's (core's branding). */
  logo?: { file_id: string; url: string } | null
  register: { code: string; name: string } | null
  cashier: { name: string }
  sales_agent: { name: string } | null
  customer: { name: string; phone: string | null; email: string | null } | null
  lines: {
    title: string
    variant_title: string | null
    sku: string | null
    quantity: number
    unit_price: string
    /** Discounts on this line (line discount, price override shown as a discount, promotions). */
    discounts: { label: string; amount: string }[]
    total: string
    serial_numbers: string[]
    /** What plugins print under the line (warranty terms, …): defineReceiptLineNotes. */
    notes?: string[]
  }[]
  /** Codes plugins print as barcodes under the receipt number's (a gift card's): defineReceiptCodes. */
  codes?: { label: string; value: string }[]
  /** Whole-sale discounts and promotions. */
  discounts: { label: string; amount: string }[]
  subtotal: string
  discount_total: string
  /** Tax-inclusive prices: VAT extracted from the total, per rate. */
  taxes: { label: string; rate: number; taxable: string; amount: string }[]
  tax_inclusive: boolean
  total: string
  tenders: {
    method: string
    label: string
    amount: string
    reference: string | null
    tendered: string | null
    change: string | null
    /** Rows a plugin prints under its tender (store credit left): TenderDefinition.receiptRows. */
    details?: { label: string; amount: string }[]
  }[]
  change: string
  /** e.g. "Items carry the manufacturer's warranty; keep this receipt for claims." */
  warranty_terms: string | null
}
