import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { type HeldLevel, insertReservation, moveLevels, moveReserved } from "@kassa/pos/kit"

/**
 * Units promised to pre-orders are Medusa reservations (reservation_item rows, the level's
 * reserved_quantity raised by as much), so the counter, which sells only stocked less reserved,
 * cannot sell them to someone else. Every change here runs inside the POS's moveLevels
 * transaction, which holds the branch's level rows `for update`, the lock the counter's checkout
 * takes too: of an arrival being allocated and a sale of the last unit, one waits for the
 * other's commit and then sees the unit gone; two arrivals allocated at once queue the same way.
 * The rows are written here in SQL, not through the inventory module, because only the
 * transaction holding the locks may write them (the module would write through a second
 * connection, outside the lock). Medusa's own writers (a web order's reservation) do not take
 * these locks; see the README's "Not yet".
 */

type Level = HeldLevel
type Waiting = { id: string; inventory_item_id: string; quantity: number; number: string }
export type Allocated = { preorder_id: string; reservation_id: string; inventory_item_id: string; quantity: number }

async function levelsOf(trx: Knex.Transaction, location: string, items: string[]) {
  const { rows } = (await trx.raw(
    `select id, inventory_item_id, stocked_quantity::text as stocked_quantity, reserved_quantity::text as reserved_quantity
       from inventory_level where location_id = ? and inventory_item_id = any(?) and deleted_at is null`,
    [location, items]
  )) as { rows: Level[] }
  return rows
}

const available = (l: Level) => Number(l.stocked_quantity) - Number(l.reserved_quantity)

async function reserve(trx: Knex.Transaction, location: string, level: Level, p: Waiting, createdBy: string | null): Promise<Allocated> {
  const reservationId = await insertReservation(trx, {
    location_id: location,
    inventory_item_id: p.inventory_item_id,
    quantity: p.quantity,
    external_id: p.id,
    description: `Pre-order ${p.number}`,
    created_by: createdBy,
    metadata: { kassa_preorder_id: p.id },
  })
  await moveReserved(trx, level, p.quantity)
  await trx.raw(`update kassa_preorder set status = 'ready', reservation_id = ?, allocated_at = now(), updated_at = now() where id = ?`, [reservationId, p.id])
  return { preorder_id: p.id, reservation_id: reservationId, inventory_item_id: p.inventory_item_id, quantity: p.quantity }
}

const lockOnly = (items: string[]) => items.map((inventory_item_id) => ({ inventory_item_id, delta: 0, title: inventory_item_id }))

/**
 * Serves the branch's pre-orders waiting for these items, oldest first, from what is available
 * (stocked less reserved). Strictly in order: a pre-order the stock cannot cover yet keeps the
 * newer ones of that item waiting behind it, so the oldest is never passed over by smaller ones.
 * `only`: just these pre-orders (a layaway reserving at once), refused (409) when short.
 */
export async function allocateAt(
  container: MedusaContainer,
  location: string,
  items: string[],
  options: { only?: string[]; created_by?: string | null; branchName?: string } = {}
): Promise<Allocated[]> {
  if (!items.length) return []
  const allocated: Allocated[] = []
  await moveLevels(container, location, lockOnly(items), undefined, async (trx) => {
    const levels = await levelsOf(trx, location, items)
    const { rows: waiting } = (await trx.raw(
      `select id, inventory_item_id, quantity, number from kassa_preorder
        where stock_location_id = ? and inventory_item_id = any(?) and status = 'awaiting_stock' and deleted_at is null
          ${options.only ? "and id = any(?)" : ""}
        order by created_at, number for update`,
      options.only ? [location, items, options.only] : [location, items]
    )) as { rows: Waiting[] }
    const blocked = new Set<string>()
    for (const p of waiting) {
      if (blocked.has(p.inventory_item_id)) continue
      const level = levels.find((l) => l.inventory_item_id === p.inventory_item_id)
      if (!level || available(level) < p.quantity) {
        if (options.only) {
          throw new MedusaError(
            MedusaError.Types.CONFLICT,
            `Out of stock: ${options.branchName ?? "this branch"} has ${Math.max(level ? available(level) : 0, 0)} available, the layaway needs ${p.quantity}`
          )
        }
        blocked.add(p.inventory_item_id)
        continue
      }
      allocated.push(await reserve(trx, location, level, p, options.created_by ?? null))
    }
  })
  return allocated
}

/**
 * Gives reserved units back to the shelf: the reservation deleted (soft, as Medusa does), the
 * level's reserved_quantity lowered, and the pre-order's status set to `status`
 * (`awaiting_stock`: an allocation undone; a closing status: left as the close wrote it).
 */
export async function releaseAt(container: MedusaContainer, location: string, released: { preorder_id: string; reservation_id: string; inventory_item_id: string }[], backTo: "awaiting_stock" | null) {
  if (!released.length) return
  const items = [...new Set(released.map((r) => r.inventory_item_id))]
  await moveLevels(container, location, lockOnly(items), undefined, async (trx) => {
    const levels = await levelsOf(trx, location, items)
    for (const r of released) {
      const { rows } = (await trx.raw(
        `update reservation_item set deleted_at = now(), updated_at = now() where id = ? and deleted_at is null returning quantity`,
        [r.reservation_id]
      )) as { rows: { quantity: number }[] }
      if (rows.length) await moveReserved(trx, levels.find((l) => l.inventory_item_id === r.inventory_item_id)!, -Number(rows[0].quantity))
      if (backTo) {
        await trx.raw(`update kassa_preorder set status = ?, reservation_id = null, allocated_at = null, updated_at = now() where id = ? and reservation_id = ?`, [
          backTo,
          r.preorder_id,
          r.reservation_id,
        ])
      } else {
        await trx.raw(`update kassa_preorder set reservation_id = null, updated_at = now() where id = ?`, [r.preorder_id])
      }
    }
  })
}

/**
 * The customer takes the goods: the reservation is consumed (deleted) and the units leave the
 * level's stock in the same locked transaction, so what the counter may sell (stocked less
 * reserved) does not move; the pre-order becomes `status` only if it is still ready (a second
 * collection of the same pre-order finds it collected and is refused, writing nothing).
 */
export async function handOverAt(
  container: MedusaContainer,
  p: { id: string; number: string; stock_location_id: string; inventory_item_id: string; reservation_id: string; quantity: number },
  close: { status: "collected" | "shipped"; closed_by: string; at_location: string; serial_numbers: string[] | null }
) {
  await moveLevels(container, p.stock_location_id, [{ inventory_item_id: p.inventory_item_id, delta: -p.quantity, title: p.number }], undefined, async (trx) => {
    const [level] = await levelsOf(trx, p.stock_location_id, [p.inventory_item_id])
    const { rows } = (await trx.raw(
      `update kassa_preorder set status = ?, closed_at = now(), closed_by = ?, closed_at_location_id = ?, serial_numbers = ?::jsonb, updated_at = now()
        where id = ? and status = 'ready' and reservation_id = ? returning id`,
      [close.status, close.closed_by, close.at_location, close.serial_numbers ? JSON.stringify(close.serial_numbers) : null, p.id, p.reservation_id]
    )) as { rows: unknown[] }
    if (!rows.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Pre-order ${p.number} is not ready for collection (already collected or canceled?)`)
    const { rows: gone } = (await trx.raw(
      `update reservation_item set deleted_at = now(), updated_at = now() where id = ? and deleted_at is null returning quantity`,
      [p.reservation_id]
    )) as { rows: { quantity: number }[] }
    if (gone.length) await moveReserved(trx, level, -Number(gone[0].quantity))
  })
}
