import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ComputedActions, decorateCartTotals, MathBN, Modules, PromotionStatus } from "@medusajs/framework/utils"
import { cents, num } from "./money"
import { configReads, type ConfigReads } from "../cache/config-cache"

export type TicketForPricing = {
  id: string
  currency_code: string
  /** The sale's customer: promotions whose rules name customer groups (a loyalty tier's) apply to their groups. */
  customer_id?: string | null
  promo_codes: string[]
  discount_type: "amount" | "percent" | null
  discount_value: BigNumberInput | null
  lines: {
    id: string
    variant_id: string
    product_id: string
    title: string
    variant_title: string | null
    sku: string | null
    barcode: string | null
    thumbnail: string | null
    quantity: number
    unit_price: BigNumberInput
    is_tax_inclusive: boolean
    override_price: BigNumberInput | null
    override_reason: string | null
    override_by: string | null
    discount_type: "amount" | "percent" | null
    discount_value: BigNumberInput | null
    serial_numbers: string[]
  }[]
}

type PricingLine = TicketForPricing["lines"][number]

type LineGoods = Pick<PricingLine, "id" | "variant_id" | "product_id" | "title" | "variant_title" | "sku" | "barcode" | "thumbnail" | "quantity">

/** What a ticket line sells, and how many: the same wherever the line is priced or shown. */
export const lineGoods = (l: LineGoods): LineGoods => ({
  id: l.id,
  variant_id: l.variant_id,
  product_id: l.product_id,
  title: l.title,
  variant_title: l.variant_title,
  sku: l.sku,
  barcode: l.barcode,
  thumbnail: l.thumbnail,
  quantity: l.quantity,
})

/** A stored ticket line as pricing takes it: only the fields pricing reads, amounts as numbers. */
export const lineForPricing = (l: Omit<PricingLine, "serial_numbers"> & { serial_numbers?: unknown[] | null }): PricingLine => ({
  ...lineGoods(l),
  unit_price: num(l.unit_price),
  is_tax_inclusive: l.is_tax_inclusive,
  override_price: l.override_price == null ? null : num(l.override_price),
  override_reason: l.override_reason,
  override_by: l.override_by,
  discount_type: l.discount_type,
  discount_value: l.discount_value == null ? null : num(l.discount_value),
  serial_numbers: (l.serial_numbers ?? []) as string[],
})

export type PricedItem = {
  line_id: string
  title: string
  subtitle: string | null
  variant_id: string
  product_id: string
  product_title: string
  variant_title: string | null
  variant_sku: string | null
  variant_barcode: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  is_tax_inclusive: boolean
  tax_lines: { rate: number; code: string; name: string; tax_rate_id?: string; provider_id?: string }[]
  adjustments: { code: string; amount: number; is_tax_inclusive: boolean; promotion_id?: string; description?: string }[]
  metadata: Record<string, unknown>
}

/** Where the goods leave from (the branch's address), as a cart's shipping address is read for taxes. */
export type TaxAddress = { country_code: string; province?: string | null }

export type PricedTicket = {
  items: PricedItem[]
  /** Promotion codes that apply (automatic ones included). */
  promotions: string[]
  totals: { subtotal: number; discount_total: number; tax_total: number; total: number; original_total: number }
  line_totals: Record<string, { subtotal: number; discount_total: number; tax_total: number; total: number }>
}

const LINE_DISCOUNT = "KASSA-LINE"
const TICKET_DISCOUNT = "KASSA-SALE"

const percentOf = (amount: BigNumberInput, percent: BigNumberInput) => cents(MathBN.div(MathBN.mult(amount, percent), 100))

/**
 * Prices a ticket the way Medusa prices a cart: the counter's price (or its override), tax lines
 * from the tax module for the branch's address, the counter's discounts and Medusa's promotions
 * (automatic ones and codes) as line adjustments, and totals from Medusa's own totals code.
 * Every adjustment is rounded to the centavo, so the total charged is exact.
 */
export async function priceTicket(
  scope: MedusaContainer,
  ticket: TicketForPricing,
  { address, configVersion }: { address: TaxAddress; configVersion?: string | null }
): Promise<PricedTicket> {
  const items: PricedItem[] = ticket.lines.map((l) => ({
    line_id: l.id,
    title: l.title,
    subtitle: l.variant_title,
    variant_id: l.variant_id,
    product_id: l.product_id,
    product_title: l.title,
    variant_title: l.variant_title,
    variant_sku: l.sku,
    variant_barcode: l.barcode,
    thumbnail: l.thumbnail,
    quantity: l.quantity,
    unit_price: num(l.override_price ?? l.unit_price),
    is_tax_inclusive: l.is_tax_inclusive,
    tax_lines: [],
    adjustments: [],
    metadata: {
      kassa_line_id: l.id,
      ...(l.override_price != null
        ? { price_override: { from: num(l.unit_price), to: num(l.override_price), reason: l.override_reason, by: l.override_by } }
        : {}),
      ...(l.serial_numbers.length ? { serial_numbers: l.serial_numbers } : {}),
    },
  }))
  if (!items.length) return { items, promotions: [], totals: zero(), line_totals: {} }

  const config = await configReads(scope, configVersion)
  const [, promotionsMayApply] = await Promise.all([
    addTaxLines(scope, config, items, ticket.currency_code, address),
    ticket.promo_codes.length > 0 || config.read("automatic-promotion", () => anyAutomaticPromotion(scope)),
  ])

  // The counter's own discounts: per line, then the whole-sale one spread over the lines.
  for (const [i, line] of ticket.lines.entries()) {
    const gross = MathBN.mult(items[i].unit_price, line.quantity)
    if (!line.discount_type || line.discount_value == null) continue
    const amount = line.discount_type === "percent" ? percentOf(gross, line.discount_value) : cents(MathBN.min(line.discount_value, gross))
    if (amount > 0) items[i].adjustments.push({ code: LINE_DISCOUNT, amount, is_tax_inclusive: items[i].is_tax_inclusive, description: "Line discount" })
  }
  if (ticket.discount_type && ticket.discount_value != null) spreadSaleDiscount(items, ticket.discount_type, ticket.discount_value)

  const promotions = promotionsMayApply ? await applyPromotions(scope, ticket, items) : []
  const totals = decorateCartTotals({ currency_code: ticket.currency_code, items: items.map((i) => ({ ...i, id: i.line_id })) })
  const totalItems = ((totals as unknown as { items?: unknown[] }).items ?? []) as unknown as { id: string; subtotal: BigNumberInput; discount_total: BigNumberInput; tax_total: BigNumberInput; total: BigNumberInput }[]
  return {
    items,
    promotions,
    totals: {
      subtotal: num(totals.subtotal),
      discount_total: num(totals.discount_total),
      tax_total: num(totals.tax_total),
      total: num(totals.total),
      original_total: num(totals.original_total),
    },
    line_totals: Object.fromEntries(
      totalItems.map((t) => [t.id, { subtotal: num(t.subtotal), discount_total: num(t.discount_total), tax_total: num(t.tax_total), total: num(t.total) }])
    ),
  }
}

const zero = () => ({ subtotal: 0, discount_total: 0, tax_total: 0, total: 0, original_total: 0 })

/** A whole-sale discount, shared by the lines in proportion to what is left of each, to the centavo. */
function spreadSaleDiscount(items: PricedItem[], type: "amount" | "percent", value: BigNumberInput) {
  const remaining = items.map((i) => MathBN.sub(MathBN.mult(i.unit_price, i.quantity), MathBN.sum(0, ...i.adjustments.map((a) => a.amount))))
  const base = MathBN.sum(0, ...remaining)
  if (MathBN.lte(base, 0)) return
  const wanted = type === "percent" ? percentOf(base, value) : cents(MathBN.min(value, base))
  let given = 0
  items.forEach((item, idx) => {
    const last = idx === items.length - 1
    const share = last ? cents(MathBN.sub(wanted, given)) : cents(MathBN.div(MathBN.mult(wanted, remaining[idx]), base))
    given = cents(MathBN.add(given, share))
    if (share > 0) item.adjustments.push({ code: TICKET_DISCOUNT, amount: share, is_tax_inclusive: item.is_tax_inclusive, description: "Sale discount" })
  })
}

type TaxLine = PricedItem["tax_lines"][number]
// Medusa's system tax provider: its lines come from the tax module's tables alone.
const SYSTEM_TAX_PROVIDER = "system"

/**
 * Each item's tax lines from the tax module, for the branch's country and province, by product
 * and product type, as a cart's are for its shipping address. With the system provider an
 * item's lines depend only on its product, its type and the tax tables, so they are kept per
 * product and type (config-cache.ts); another
 * provider may price by amount or ask a service, and is asked each time. A product's type is not
 * part of the kept setup, so it is read at every pricing, but only while some rate's rules name a
 * product type: without one, the type changes nothing.
 */
async function addTaxLines(scope: MedusaContainer, config: ConfigReads, items: PricedItem[], currency_code: string, address: TaxAddress) {
  const tax = scope.resolve(Modules.TAX)
  const byType = await config.read("product-type-tax-rules", async () => (await tax.listTaxRateRules({ reference: "product_type" }, { select: ["id"], take: 1 })).length > 0)
  const typeOf = byType ? await productTypes(scope, items) : new Map<string, string | undefined>()
  const key = (i: PricedItem) => `tax-lines:${address.country_code}:${address.province ?? ""}:${i.product_id}:${typeOf.get(i.product_id) ?? ""}`
  const kept = new Map(items.map((i) => [i, config.get<TaxLine[]>(key(i))]))
  const ask = items.filter((i) => !kept.get(i))
  if (ask.length) {
    const found = (await tax.getTaxLines(
      ask.map((i) => ({
        id: i.line_id,
        product_id: i.product_id,
        product_type_id: typeOf.get(i.product_id),
        quantity: i.quantity,
        unit_price: i.unit_price,
        currency_code,
      })),
      { address: { country_code: address.country_code, province_code: address.province ?? undefined } }
    )) as ({ line_item_id?: string } & TaxLine)[]
    const keep = found.length > 0 && found.every((t) => t.provider_id === SYSTEM_TAX_PROVIDER)
    for (const i of ask) {
      const lines = found
        .filter((t) => t.line_item_id === i.line_id)
        .map((t): TaxLine => ({ rate: t.rate, code: t.code, name: t.name, tax_rate_id: t.tax_rate_id, provider_id: t.provider_id }))
      kept.set(i, lines)
      if (keep) config.set(key(i), lines)
    }
  }
  // Copies: the kept lines are shared by every sale that reads them.
  for (const [i, lines] of kept) i.tax_lines.push(...lines!.map((t) => ({ ...t })))
}

/** The items' products' types (a product without one is left out). */
async function productTypes(scope: MedusaContainer, items: PricedItem[]) {
  const products = await scope.resolve(Modules.PRODUCT).listProducts({ id: [...new Set(items.map((i) => i.product_id))] }, { select: ["id", "type_id"] })
  return new Map(products.flatMap((p) => (p.type_id ? [[p.id, p.type_id] as const] : [])))
}

/**
 * Whether an automatic promotion is active. Without one and without codes nothing can apply,
 * and one indexed read says so for ~1.5 ms of CPU where Medusa's computeActions takes ~6 to
 * build and run its rule queries (bench/pos:profile).
 */
async function anyAutomaticPromotion(scope: MedusaContainer) {
  const found = await scope.resolve(Modules.PROMOTION).listPromotions({ is_automatic: true, status: [PromotionStatus.ACTIVE] }, { select: ["id"], take: 1 })
  return found.length > 0
}

/** Medusa's promotion module, given the lines as it is given a cart's. */
async function applyPromotions(scope: MedusaContainer, ticket: TicketForPricing, items: PricedItem[]) {
  const promotion = scope.resolve(Modules.PROMOTION)
  const lineTotals = decorateCartTotals({ currency_code: ticket.currency_code, items: items.map((i) => ({ ...i, id: i.line_id })) })
  const byId = new Map((((lineTotals as unknown as { items?: unknown[] }).items ?? []) as unknown as { id: string; subtotal: BigNumberInput; original_total: BigNumberInput }[]).map((t) => [t.id, t]))
  // The customer and their groups, as Medusa gives a cart's: a promotion for a group (a loyalty
  // tier, Frequent) applies at the counter as it does on the web store.
  const [customer] = ticket.customer_id
    ? await scope.resolve(Modules.CUSTOMER).listCustomers({ id: ticket.customer_id }, { select: ["id"], relations: ["groups"] })
    : []
  const actions = await promotion.computeActions(ticket.promo_codes, {
    currency_code: ticket.currency_code,
    ...(customer ? { customer: { id: customer.id, groups: (customer.groups ?? []).map((g) => ({ id: g.id })) } } : {}),
    items: items.map((i) => ({
      id: i.line_id,
      quantity: i.quantity,
      subtotal: byId.get(i.line_id)!.subtotal,
      original_total: byId.get(i.line_id)!.original_total,
      is_discountable: true,
      product: { id: i.product_id },
    })),
    shipping_methods: [],
  })
  const codes = new Set<string>()
  const ids = new Map<string, string>()
  const adds = actions.filter((a) => a.action === ComputedActions.ADD_ITEM_ADJUSTMENT) as { item_id: string; amount: BigNumberInput; code: string; is_tax_inclusive?: boolean }[]
  if (adds.length) {
    const found = await promotion.listPromotions({ code: [...new Set(adds.map((a) => a.code))] }, { select: ["id", "code"] })
    for (const p of found) ids.set(p.code!, p.id)
  }
  for (const a of adds) {
    const item = items.find((i) => i.line_id === a.item_id)
    const amount = cents(a.amount)
    if (!item || amount <= 0) continue
    item.adjustments.push({ code: a.code, amount, is_tax_inclusive: a.is_tax_inclusive ?? item.is_tax_inclusive, promotion_id: ids.get(a.code), description: a.code })
    codes.add(a.code)
  }
  return [...codes]
}
