import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { BigNumber, MathBN } from "@medusajs/framework/utils"
import type { HeldLevel } from "./move-levels"

/*
 * Medusa reservations written inside moveLevels' transaction (its `alongside`), for a plugin that
 * holds units for something other than a sale (a pre-order, a transfer). In SQL on that
 * transaction: the inventory module would write through another connection, outside the lock.
 */

/** Moves a held level's reserved_quantity by `delta` (its `raw_` copy with it, as the inventory module writes it). */
export async function moveReserved(trx: Knex.Transaction, level: HeldLevel, delta: number) {
  const next = new BigNumber(MathBN.add(level.reserved_quantity, delta))
  await trx.raw(`update inventory_level set reserved_quantity = ?, raw_reserved_quantity = ?::jsonb, updated_at = now() where id = ?`, [
    next.numeric,
    JSON.stringify(next.raw),
    level.id,
  ])
  level.reserved_quantity = String(next.numeric)
}

export type ReservationRow = {
  location_id: string
  inventory_item_id: string
  quantity: number
  external_id: string
  description: string
  created_by: string | null
  metadata: Record<string, unknown>
}

/** A reservation_item row (the level's reserved_quantity is moveReserved's); returns its id. */
export async function insertReservation(trx: Knex.Transaction, r: ReservationRow) {
  const id = `resitem_${crypto.randomUUID().replace(/-/g, "").toUpperCase().slice(0, 26)}`
  await trx.raw(
    `insert into reservation_item (id, location_id, inventory_item_id, quantity, raw_quantity, external_id, description, created_by, metadata, allow_backorder)
     values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, false)`,
    [id, r.location_id, r.inventory_item_id, r.quantity, JSON.stringify(new BigNumber(r.quantity).raw), r.external_id, r.description, r.created_by, JSON.stringify(r.metadata)]
  )
  return id
}
