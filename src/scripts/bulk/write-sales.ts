import { recordBulkImport } from "@kassa/audit/kit"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { DemoContext } from "./demo-context"
import type { SaleBatch } from "./generate"
import { pgArray } from "./pg-array"

/** Medusa keeps every bigNumber column twice: numeric, and raw_* jsonb with the exact string. */
const raw = (sql: string) => `jsonb_build_object('value', (${sql})::text, 'precision', 20)`
const money = (column: string, sql: string) => `${column}, ${raw(sql)}`
/** A zero amount and its raw twin as constants: order_item alone has seven zero quantities a row. */
const ZERO = `0, '{"value": "0", "precision": 20}'::jsonb`

/** order_summary.totals of a sale paid in full at the counter (keys as the order module writes them). */
const PAID_SUMMARY = `jsonb_build_object(${[
  ["paid_total", "s.total"],
  ["refunded_total", "0"],
  ["accounting_total", "s.total"],
  ["credit_line_total", "0"],
  ["transaction_total", "s.total"],
  ["pending_difference", "0"],
  ["current_order_total", "s.total"],
  ["original_order_total", "s.total"],
]
  .map(([key, sql]) => `'${key}', (${sql})::numeric, 'raw_${key}', ${raw(`(${sql})::numeric`)}`)
  .join(", ")})`

/**
 * Orders with their summary and a captured payment, in one statement. The payment part is what
 * completing a cart with the system provider and capturing it writes: a completed payment
 * collection linked to the order, an authorized session, a captured payment, its capture and
 * the order transaction that points at that capture.
 */
const INSERT_ORDERS = `
WITH s AS (
  SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::numeric[],
    ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
    AS s(order_id, customer_id, sales_channel_id, email, at, total,
      summary_id, collection_id, session_id, payment_id, capture_id, link_id, transaction_id)
), orders AS (
  INSERT INTO "order" (id, region_id, customer_id, version, sales_channel_id, status, is_draft_order, email,
    currency_code, metadata, created_at, updated_at)
  SELECT order_id, ?, customer_id, 1, sales_channel_id, 'completed', false, email,
    'php', '{"kassa_bulk": true}'::jsonb, at, at FROM s
), summaries AS (
  INSERT INTO order_summary (id, order_id, version, totals, created_at, updated_at)
  SELECT summary_id, order_id, 1, ${PAID_SUMMARY}, at, at FROM s
), collections AS (
  INSERT INTO payment_collection (id, currency_code, amount, raw_amount, authorized_amount, raw_authorized_amount,
    captured_amount, raw_captured_amount, refunded_amount, raw_refunded_amount, status, completed_at, created_at, updated_at)
  SELECT collection_id, 'php', ${money("total", "total")}, ${money("total", "total")}, ${money("total", "total")},
    ${ZERO}, 'completed', at, at, at FROM s
), sessions AS (
  INSERT INTO payment_session (id, currency_code, amount, raw_amount, provider_id, data, context, status, authorized_at,
    payment_collection_id, metadata, created_at, updated_at)
  SELECT session_id, 'php', ${money("total", "total")}, 'pp_system_default', '{}', '{}', 'authorized', at,
    collection_id, '{}', at, at FROM s
), payments AS (
  INSERT INTO payment (id, amount, raw_amount, currency_code, provider_id, data, captured_at, payment_collection_id,
    payment_session_id, created_at, updated_at)
  SELECT payment_id, ${money("total", "total")}, 'php', 'pp_system_default', '{}', at, collection_id,
    session_id, at, at FROM s
), captures AS (
  INSERT INTO capture (id, amount, raw_amount, payment_id, created_at, updated_at)
  SELECT capture_id, ${money("total", "total")}, payment_id, at, at FROM s
), links AS (
  INSERT INTO order_payment_collection (id, order_id, payment_collection_id, created_at, updated_at)
  SELECT link_id, order_id, collection_id, at, at FROM s
)
INSERT INTO order_transaction (id, order_id, version, amount, raw_amount, currency_code, reference, reference_id,
  created_at, updated_at)
SELECT transaction_id, order_id, 1, ${money("total", "total")}, 'php', 'capture', capture_id, at, at FROM s`

const ZERO_QUANTITIES = ["fulfilled", "delivered", "shipped", "return_requested", "return_received", "return_dismissed", "written_off"]

/**
 * Line items (copying product and variant fields from the catalog, as prepareLineItemData
 * does), their order_item rows (quantities; unit_price there stays NULL as Medusa leaves it) and
 * one VAT tax line each. is_tax_inclusive: the unit price already contains the VAT.
 */
const INSERT_LINES = `
WITH c AS (
  SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
    ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::boolean[], ?::boolean[]) WITH ORDINALITY
    AS c(variant_id, product_id, product_title, variant_title, thumbnail, description, subtitle, product_type,
      product_type_id, collection, handle, sku, barcode, requires_shipping, discountable, giftcard, n)
), l AS (
  SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::numeric[], ?::int[], ?::timestamptz[])
    AS l(line_id, item_id, tax_line_id, order_id, variant, unit_price, quantity, at)
), line_items AS (
  INSERT INTO order_line_item (id, title, subtitle, thumbnail, variant_id, product_id, product_title,
    product_description, product_subtitle, product_type, product_type_id, product_collection, product_handle,
    variant_sku, variant_barcode, variant_title, requires_shipping, is_discountable, is_giftcard, is_tax_inclusive,
    unit_price, raw_unit_price, is_custom_price, metadata, created_at, updated_at)
  SELECT l.line_id, c.product_title, c.variant_title, c.thumbnail, c.variant_id, c.product_id, c.product_title,
    c.description, c.subtitle, c.product_type, c.product_type_id, c.collection, c.handle,
    c.sku, c.barcode, c.variant_title, c.requires_shipping, c.discountable, c.giftcard, true,
    ${money("l.unit_price", "l.unit_price")}, false, '{}', l.at, l.at
  FROM l JOIN c ON c.n = l.variant
), items AS (
  INSERT INTO order_item (id, order_id, version, item_id, quantity, raw_quantity,
    ${ZERO_QUANTITIES.map((q) => `${q}_quantity, raw_${q}_quantity`).join(", ")}, metadata, created_at, updated_at)
  SELECT item_id, order_id, 1, line_id, ${money("quantity", "quantity")},
    ${ZERO_QUANTITIES.map(() => ZERO).join(", ")}, '{}', at, at FROM l
)
INSERT INTO order_line_item_tax_line (id, description, tax_rate_id, code, rate, raw_rate, provider_id, item_id,
  created_at, updated_at)
SELECT tax_line_id, ?, ?, ?, ${money("?::numeric", "?::numeric")}, 'system', line_id, at, at FROM l`

/** Binds the catalog once per batch (a few hundred rows) so that lines carry only an index into it. */
export function catalogArrays(ctx: DemoContext) {
  const col = <T extends string | boolean | null>(get: (v: DemoContext["catalog"][number]) => T) => pgArray(ctx.catalog.map(get))
  return [
    col((v) => v.variantId), col((v) => v.productId), col((v) => v.productTitle), col((v) => v.variantTitle),
    col((v) => v.thumbnail), col((v) => v.description), col((v) => v.subtitle), col((v) => v.productType),
    col((v) => v.productTypeId), col((v) => v.collection), col((v) => v.handle), col((v) => v.sku),
    col((v) => v.barcode), col((v) => v.requiresShipping), col((v) => v.discountable), col((v) => v.giftcard),
  ]
}

/**
 * Writes one batch in one transaction: a batch is all there or not at all. Asynchronous commit
 * is enough for generated data and saves a disk flush per batch. The audit log gets one entry
 * per batch, not three per order.
 */
export async function writeSales(knex: Knex, ctx: DemoContext, catalog: string[], batch: SaleBatch) {
  const { orders: o, lines: l } = batch
  const orderBindings = [
    pgArray(o.id), pgArray(o.customerId), pgArray(o.salesChannelId), pgArray(o.email), pgArray(o.createdAt),
    pgArray(o.total), pgArray(o.summaryId), pgArray(o.collectionId), pgArray(o.sessionId), pgArray(o.paymentId),
    pgArray(o.captureId), pgArray(o.linkId), pgArray(o.transactionId), ctx.regionId,
  ]
  const { vat } = ctx
  const lineBindings = [
    ...catalog,
    pgArray(l.id), pgArray(l.itemId), pgArray(l.taxLineId), pgArray(l.orderId), pgArray(l.variant),
    pgArray(l.unitPrice), pgArray(l.quantity), pgArray(l.createdAt),
    vat.name, vat.id, vat.code, vat.rate, vat.rate,
  ]
  await knex.transaction(async (trx) => {
    await trx.raw("SET LOCAL synchronous_commit = off")
    await recordBulkImport(trx, "order", {
      orders: o.id.length,
      lines: l.id.length,
      first_sale: o.createdAt[0],
      last_sale: o.createdAt[o.createdAt.length - 1],
    })
    await trx.raw(INSERT_ORDERS, orderBindings)
    await trx.raw(INSERT_LINES, lineBindings)
  })
}
