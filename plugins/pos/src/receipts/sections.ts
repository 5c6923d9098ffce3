import { formatDateTime, isZero, moneyFormatter, negated, splitLines, type CurrencyDisplay } from "./format"
import type { ReceiptData } from "./types"

/** "strong" is a total the customer looks for; "detail" qualifies the row above it. */
export type Row = { label: string; value: string; style?: "strong" | "detail" }

export type SectionLine = {
  title: string
  /** Variant, SKU and serial numbers, one per entry. */
  details: string[]
  quantity: string
  unit_price: string
  discounts: Row[]
  total: string
}

/**
 * A receipt as formatted text in reading order, so the HTML, PDF and plain-text layouts print
 * the same content and differ only in how they lay it out.
 */
export type ReceiptSections = {
  receipt_number: string
  /** The store's (or the branch's) logo, printed first. */
  logo_url: string | null
  /** Barcodes under the receipt number's, each with its label (a gift card's code). */
  codes: { label: string; value: string }[]
  /** Branch name first, then address, phone and TIN. */
  branch: string[]
  /** The branch's own header text, less what `branch` already says. */
  header: string[]
  /** What the customer must not miss (void, goods held): a block of its own below the header. */
  notices: string[]
  meta: Row[]
  lines: SectionLine[]
  summary: Row[]
  payments: Row[]
  footer: string[]
}

export function receiptSections(data: ReceiptData, display: CurrencyDisplay): ReceiptSections {
  const money = moneyFormatter(data.currency_code, display)
  const deduction = (amount: string) => money(negated(amount))
  const { branch } = data

  const meta: Row[] = [
    { label: "Receipt no.", value: data.receipt_number },
    { label: "Date", value: formatDateTime(data.issued_at, branch.timezone) },
  ]
  if (data.register) meta.push({ label: "Register", value: `${data.register.name} (${data.register.code})` })
  meta.push({ label: "Cashier", value: data.cashier.name })
  if (data.sales_agent) meta.push({ label: "Sales agent", value: data.sales_agent.name })
  if (data.customer) {
    const { name, phone, email } = data.customer
    meta.push({ label: "Customer", value: [name, phone, email].filter(Boolean).join(" · ") })
  }

  // Tax-inclusive prices already hold the VAT: it is shown after the total as a breakdown.
  // Tax-exclusive VAT is added on top, so it comes before the total it makes up.
  const taxes: Row[] = data.taxes.flatMap((tax) => [
    { label: `${tax.label}able sales`, value: money(tax.taxable), style: "detail" as const },
    { label: `${tax.label} ${tax.rate}%`, value: money(tax.amount), style: "detail" as const },
  ])
  const summary: Row[] = [
    { label: "Subtotal", value: money(data.subtotal) },
    ...data.discounts.map((discount) => ({ label: discount.label, value: deduction(discount.amount) })),
    ...(isZero(data.discount_total) ? [] : [{ label: "Total discount", value: deduction(data.discount_total) }]),
    ...(data.tax_inclusive ? [] : taxes),
    { label: "Total", value: money(data.total), style: "strong" },
    ...(data.tax_inclusive ? taxes : []),
  ]

  // The change is the sale's, printed once under the tenders: a tender's own change (only cash
  // gives any) would repeat it.
  const payments: Row[] = data.tenders.flatMap((tender) => {
    const rows: Row[] = [{ label: tender.label, value: money(tender.amount) }]
    if (tender.reference) rows.push({ label: `Ref. ${tender.reference}`, value: "", style: "detail" })
    if (tender.tendered) rows.push({ label: "Tendered", value: money(tender.tendered), style: "detail" })
    for (const detail of tender.details ?? []) rows.push({ label: detail.label, value: money(detail.amount), style: "detail" })
    return rows
  })
  payments.push({ label: "Change", value: money(data.change), style: "strong" })

  const branchLines = [
    branch.name,
    ...splitLines(branch.address),
    ...(branch.phone ? [`Tel. ${branch.phone}`] : []),
    ...(branch.tax_id ? [`TIN ${branch.tax_id}`] : []),
  ]
  return {
    receipt_number: data.receipt_number,
    logo_url: data.logo?.url ?? null,
    codes: data.codes ?? [],
    branch: branchLines,
    header: splitLines(branch.header).filter((line) => !repeatsBranchFact(line, branchLines, branch.tax_id)),
    notices: [
      ...(data.voided ? [`*** VOID ${formatDateTime(data.voided.at, branch.timezone)} ***`, ...(data.voided.reason ? [data.voided.reason] : [])] : []),
      ...(data.goods_held ? ["GOODS HELD until the sale is approved"] : []),
    ],
    meta,
    lines: data.lines.map((line) => ({
      title: line.title,
      details: [
        ...(line.variant_title ? [line.variant_title] : []),
        ...(line.sku ? [`SKU ${line.sku}`] : []),
        ...line.serial_numbers.map((serial) => `S/N ${serial}`),
        ...(line.notes ?? []),
      ],
      quantity: String(line.quantity),
      unit_price: money(line.unit_price),
      discounts: line.discounts.map((discount) => ({ label: discount.label, value: deduction(discount.amount) })),
      total: money(line.total),
    })),
    summary,
    payments,
    footer: [...splitLines(branch.footer), ...splitLines(data.warranty_terms)],
  }
}

const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "")

/**
 * Branch settings' header text often restates the branch's name or TIN ("VAT Reg. TIN …"), which
 * the branch block already prints: such a line is left out, so each fact appears once.
 */
function repeatsBranchFact(line: string, branchLines: string[], taxId: string | null): boolean {
  const text = comparable(line)
  if (taxId && comparable(taxId) && text.includes(comparable(taxId))) return true
  return branchLines.some((fact) => comparable(fact) === text)
}
