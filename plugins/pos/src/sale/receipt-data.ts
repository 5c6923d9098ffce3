import type { MedusaContainer } from "@medusajs/framework/types"
import { logoFor } from "@kassa/core/kit"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"
import type { ReceiptData } from "../receipts"
import { receiptLineNotes } from "../receipts/line-notes"
import { receiptCodes } from "../receipts/receipt-codes"
import { goodsHeld } from "./goods-held"
import { saleFacts } from "./sale-facts"
import { inScanOrder } from "./scan-order"
import { money, num } from "./money"
import { tenderLabel } from "./tender-label"
import { pluginTender } from "./tender-registry"
import { fullName, staffNames } from "./staff-names"

type OrderRow = {
  id: string
  created_at: string
  currency_code: string
  total: BigNumberInput
  customer_id: string | null
  customer?: { first_name: string | null; last_name: string | null; phone: string | null; email: string | null } | null
  items: {
    product_id: string | null
    variant_id: string | null
    title: string
    variant_title: string | null
    variant_sku: string | null
    quantity: number
    unit_price: BigNumberInput
    is_tax_inclusive: boolean
    total: BigNumberInput
    tax_total: BigNumberInput
    metadata: { kassa_line_id?: string; price_override?: { from: number; to: number; reason: string | null }; serial_numbers?: string[] } | null
    adjustments?: { code: string | null; amount: BigNumberInput }[]
    tax_lines?: { rate: number; description: string | null; code: string | null }[]
  }[]
}

// The counter's own line discount stays on its line; the whole-sale discount and promotions,
// which Medusa spreads over the lines, are shown once for the sale.
const LINE_LEVEL = new Set(["KASSA-LINE"])


/**
 * Everything a receipt of the sale shows, from the Medusa order and Kassa's records: a counter
 * sale's, or a web order's (its channel's branch, Medusa's number, what its payments captured).
 */
export async function receiptData(scope: MedusaContainer, orderId: string): Promise<ReceiptData> {
  const pos: PosModuleService = scope.resolve(POS_MODULE)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const facts = await saleFacts(scope, orderId)
  const { tenders } = facts
  const [{ data: orders }, { data: branches }, { data: locations }, settings] = await Promise.all([
    query.graph({
      entity: "order",
      fields: [
        "id", "created_at", "currency_code", "total", "customer_id", "customer.first_name", "customer.last_name", "customer.phone", "customer.email",
        "items.product_id", "items.variant_id", "items.title", "items.variant_title", "items.variant_sku", "items.quantity", "items.unit_price", "items.is_tax_inclusive",
        "items.total", "items.tax_total", "items.metadata", "items.adjustments.code", "items.adjustments.amount",
        "items.tax_lines.rate", "items.tax_lines.description", "items.tax_lines.code",
      ],
      filters: { id: orderId },
    }),
    query.graph({
      entity: "branch",
      fields: ["code", "address", "phone", "tax_id", "timezone", "receipt_header", "receipt_footer", "registers.id", "registers.code", "registers.name"],
      filters: { stock_location_id: facts.stock_location_id },
    }),
    query.graph({ entity: "stock_location", fields: ["name"], filters: { id: facts.stock_location_id } }),
    pos.settingsFor(facts.stock_location_id),
  ])
  const order = orders[0] as unknown as OrderRow
  if (facts.line_ids) order.items = inScanOrder(order.items, facts.line_ids)
  const branch = branches[0] as {
    code: string; address: string | null; phone: string | null; tax_id: string | null; timezone: string
    receipt_header: string | null; receipt_footer: string | null; registers: { id: string; code: string; name: string }[]
  }
  const staffIds = [...new Set([facts.cashier_id, facts.sales_agent_id].filter((id): id is string => !!id))]
  const names = await staffNames(scope, staffIds)
  const nameOf = (id: string | null) => (id && names.get(id)) || "—"

  const saleDiscounts = new Map<string, BigNumberInput>()
  const taxes = new Map<string, { label: string; rate: number; taxable: BigNumberInput; amount: BigNumberInput }>()
  let gross: BigNumberInput = 0
  const lines = order.items.map((i) => {
    const override = i.metadata?.price_override
    const unit = override ? override.from : num(i.unit_price)
    const lineGross = MathBN.mult(unit, i.quantity)
    gross = MathBN.add(gross, lineGross)
    const discounts: { label: string; amount: string }[] = []
    if (override) discounts.push({ label: `Price override${override.reason ? `: ${override.reason}` : ""}`, amount: money(MathBN.mult(override.from - override.to, i.quantity)) })
    let lineTotal = MathBN.sub(lineGross, override ? MathBN.mult(override.from - override.to, i.quantity) : 0)
    for (const a of i.adjustments ?? []) {
      if (LINE_LEVEL.has(a.code ?? "")) {
        discounts.push({ label: "Line discount", amount: money(a.amount) })
        lineTotal = MathBN.sub(lineTotal, a.amount)
      } else {
        const label = a.code === "KASSA-SALE" ? "Sale discount" : `Promotion ${a.code}`
        saleDiscounts.set(label, MathBN.add(saleDiscounts.get(label) ?? 0, a.amount))
      }
    }
    for (const t of i.tax_lines ?? []) {
      const key = `${t.description ?? t.code}|${t.rate}`
      const row = taxes.get(key) ?? { label: t.description || t.code || "Tax", rate: Number(t.rate), taxable: 0, amount: 0 }
      row.taxable = MathBN.add(row.taxable, MathBN.sub(i.total, i.tax_total))
      row.amount = MathBN.add(row.amount, i.tax_total)
      taxes.set(key, row)
    }
    return {
      title: i.title,
      variant_title: i.variant_title,
      sku: i.variant_sku,
      quantity: i.quantity,
      unit_price: money(unit),
      discounts,
      total: money(lineTotal),
      serial_numbers: i.metadata?.serial_numbers ?? [],
    }
  })
  const noteContext = { container: scope, order_id: orderId, stock_location_id: facts.stock_location_id }
  const [notes, codes, logo] = await Promise.all([
    receiptLineNotes(
      order.items.map((i) => ({ line_id: i.metadata?.kassa_line_id ?? null, product_id: i.product_id, variant_id: i.variant_id, sku: i.variant_sku, serial_numbers: i.metadata?.serial_numbers ?? [] })),
      noteContext
    ),
    receiptCodes(noteContext),
    logoFor(scope, facts.stock_location_id),
  ])
  // A plugin's tender may print rows under it (store credit: what the customer has left).
  const lastOfMethod = new Map(tenders.map((t) => [t.method, t.id]))
  const tenderRows = new Map(
    await Promise.all(
      [...lastOfMethod.keys()].map(async (method) => {
        const rows = await pluginTender(method)?.receiptRows?.({ container: scope, order_id: orderId, customer_id: order.customer_id, currency_code: order.currency_code })
        return [method, rows ?? []] as const
      })
    )
  )
  const total = num(order.total)
  const register = branch.registers.find((r) => r.id === facts.register_id)
  return {
    receipt_number: facts.receipt_number,
    order_id: order.id,
    issued_at: (facts.issued_at ?? new Date(order.created_at)).toISOString(),
    voided: facts.voided,
    goods_held: await goodsHeld(scope, orderId, tenders.map((t) => t.method)),
    currency_code: order.currency_code,
    branch: {
      name: (locations[0] as { name: string }).name,
      code: branch.code,
      address: branch.address,
      phone: branch.phone,
      tax_id: branch.tax_id,
      timezone: branch.timezone,
      header: branch.receipt_header,
      footer: branch.receipt_footer,
    },
    logo: logo ? { file_id: logo.file_id, url: logo.url } : null,
    register: register ? { code: register.code, name: register.name } : null,
    cashier: { name: facts.cashier_id ? nameOf(facts.cashier_id) : "Web store" },
    sales_agent: facts.sales_agent_id && facts.sales_agent_id !== facts.cashier_id ? { name: nameOf(facts.sales_agent_id) } : null,
    customer: order.customer ? { name: fullName(order.customer), phone: order.customer.phone, email: order.customer.email } : null,
    lines: lines.map((line, i) => ({ ...line, notes: notes[i] })),
    discounts: [...saleDiscounts].map(([label, amount]) => ({ label, amount: money(amount) })),
    subtotal: money(gross),
    discount_total: money(MathBN.sub(gross, total)),
    taxes: [...taxes.values()].map((t) => ({ label: t.label, rate: t.rate, taxable: money(t.taxable), amount: money(t.amount) })),
    tax_inclusive: order.items.every((i) => i.is_tax_inclusive),
    total: money(total),
    tenders: tenders.map((t) => ({
      method: t.method,
      label: tenderLabel(t.method),
      amount: money(t.amount),
      reference: [t.reference, t.card_last4 ? `•••• ${t.card_last4}` : null, t.approval_code ? `appr. ${t.approval_code}` : null].filter(Boolean).join(" ") || null,
      tendered: t.tendered == null ? null : money(t.tendered),
      change: t.change == null ? null : money(t.change),
      details: lastOfMethod.get(t.method) === t.id ? tenderRows.get(t.method) : undefined,
    })),
    change: money(MathBN.sum(0, ...tenders.map((t) => t.change ?? 0))),
    warranty_terms: settings.warranty_terms,
    codes,
  }
}
