import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Sold } from "./pos-sales"

type Level = { stocked: number; reserved: number }
const key = (item: string, location: string) => `${item}|${location}`

/** Stocked and reserved units of the bench catalogue's levels (all of them, or of some items). */
export async function benchLevels(knex: Knex, itemIds?: string[]) {
  const { rows } = await knex.raw(
    `select il.inventory_item_id, il.location_id, il.stocked_quantity::float8 as stocked, il.reserved_quantity::float8 as reserved
       from inventory_level il join inventory_item ii on ii.id = il.inventory_item_id
      where ii.sku like 'BENCH-%' and il.deleted_at is null ${itemIds ? "and il.inventory_item_id = any(?)" : ""}`,
    itemIds ? [itemIds] : []
  )
  return new Map<string, Level>(rows.map((r: any) => [key(r.inventory_item_id, r.location_id), { stocked: r.stocked, reserved: r.reserved }]))
}

/**
 * Does stock add up? POS sales take units off stocked_quantity at once; Medusa's store orders
 * reserve them (reserved_quantity) until fulfilled. So for every level the run touched:
 * stocked = before − POS units, reserved = before + store units, and nothing below zero
 * available. `orders` compares the orders written since `since` with the checkouts that
 * answered 2xx: an order no caller was told about (Medusa #16825) shows here.
 */
export async function checkStock(
  knex: Knex,
  before: Map<string, Level>,
  itemOf: Map<string, string>,
  sold: { pos: Sold[]; store: Sold[] },
  checkouts: number,
  since: Date
) {
  const expected = new Map<string, { pos: number; store: number }>()
  for (const [kind, list] of [["pos", sold.pos], ["store", sold.store]] as const) {
    for (const s of list) {
      const k = key(itemOf.get(s.variant_id)!, s.location_id)
      const e = expected.get(k) ?? { pos: 0, store: 0 }
      e[kind] += s.quantity
      expected.set(k, e)
    }
  }
  const after = await benchLevels(knex, [...new Set([...expected.keys()].map((k) => k.split("|")[0]))])
  const mismatches: string[] = []
  let oversold = 0
  for (const [k, e] of expected) {
    const b = before.get(k)
    const a = after.get(k)
    if (!a || !b) {
      mismatches.push(`${k}: no level`)
      continue
    }
    if (a.stocked !== b.stocked - e.pos || a.reserved !== b.reserved + e.store) {
      mismatches.push(`${k}: stocked ${b.stocked}→${a.stocked} (POS sold ${e.pos}), reserved ${b.reserved}→${a.reserved} (store ${e.store})`)
    }
    if (a.stocked < 0 || a.stocked - a.reserved < 0) oversold++
  }
  const { rows } = await knex.raw(
    `select (select count(*)::int from "order" where created_at >= ?) as orders,
            (select count(*)::int from inventory_level where deleted_at is null and stocked_quantity < 0) as negative`,
    [since]
  )
  return {
    levels: expected.size,
    mismatches,
    oversold,
    negativeLevels: rows[0].negative as number,
    orders: rows[0].orders as number,
    checkouts,
  }
}
