import { type HeldLevel, insertReservation, moveLevels, moveReserved } from "@kassa/pos/kit"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * A transfer's units are Medusa reservations at the source (reservation_item rows, the level's
 * reserved_quantity raised by as much) from request to dispatch, so the counter, which sells only
 * stocked less reserved, cannot sell them. Every change runs inside the POS's moveLevels
 * transaction, which holds the source's level rows `for update`: the lock the counter's checkout
 * takes. Of a transfer request and a sale wanting the last unit, one waits for the other's commit
 * and then sees the unit gone. The rows are written in SQL in that transaction, not through the
 * inventory module, whose writes would go through another connection, outside the lock.
 */

export type TransferUnits = { line_id: string; inventory_item_id: string; quantity: number; title: string; sku: string | null; reservation_id?: string | null }
type Level = HeldLevel

/** The refusal of a line the source cannot cover, naming the SKU. */
export const shortOf = (name: string, available: number, wanted: number) => `${name}: ${Math.max(available, 0)} available at the source, the transfer wants ${wanted}`

const moves = (units: TransferUnits[], sign: 0 | 1 | -1) => units.map((u) => ({ inventory_item_id: u.inventory_item_id, delta: sign * u.quantity, title: u.sku ?? u.title }))
const levelOf = (levels: Level[], u: TransferUnits) => {
  const level = levels.find((l) => l.inventory_item_id === u.inventory_item_id)
  if (!level) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${u.sku ?? u.title} is not stocked at the source`)
  return level
}

/**
 * Reserves each line's units at the source, refused (400, naming the SKU) where fewer are
 * available (stocked less reserved) than the line wants. Returns the reservation of each line.
 */
export async function reserveUnits(container: MedusaContainer, location: string, units: TransferUnits[], transfer: { id: string; number: string; by: string | null }) {
  let held: Level[] = []
  const reserved: { line_id: string; reservation_id: string }[] = []
  await moveLevels(
    container,
    location,
    moves(units, 0),
    (levels) => {
      held = levels
      for (const u of units) {
        const level = levelOf(levels, u)
        const available = Number(level.stocked_quantity) - Number(level.reserved_quantity)
        if (available < u.quantity) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, shortOf(u.sku ?? u.title, available, u.quantity))
        }
      }
    },
    async (trx) => {
      for (const u of units) {
        const reservationId = await insertReservation(trx, {
          location_id: location,
          inventory_item_id: u.inventory_item_id,
          quantity: u.quantity,
          external_id: transfer.id,
          description: `Transfer ${transfer.number}`,
          created_by: transfer.by,
          metadata: { kassa_transfer_id: transfer.id },
        })
        await moveReserved(trx, levelOf(held, u), u.quantity)
        await trx.raw(`update kassa_stock_transfer_line set reservation_id = ?, updated_at = now() where id = ?`, [reservationId, u.line_id])
        reserved.push({ line_id: u.line_id, reservation_id: reservationId })
      }
    }
  )
  return reserved
}

/** Deletes (soft, as Medusa does) the lines' reservations and lowers reserved_quantity by what each held. */
async function dropReservations(trx: Knex.Transaction, levels: Level[], units: TransferUnits[]) {
  for (const u of units) {
    if (!u.reservation_id) continue
    const { rows } = (await trx.raw(`update reservation_item set deleted_at = now(), updated_at = now() where id = ? and deleted_at is null returning quantity`, [u.reservation_id])) as {
      rows: { quantity: number }[]
    }
    if (rows.length) await moveReserved(trx, levelOf(levels, u), -Number(rows[0].quantity))
  }
}

/** Brings dropped reservations back (undoing a dispatch). */
async function restoreReservations(trx: Knex.Transaction, levels: Level[], units: TransferUnits[]) {
  for (const u of units) {
    if (!u.reservation_id) continue
    const { rows } = (await trx.raw(`update reservation_item set deleted_at = null, updated_at = now() where id = ? and deleted_at is not null returning quantity`, [u.reservation_id])) as {
      rows: { quantity: number }[]
    }
    if (rows.length) await moveReserved(trx, levelOf(levels, u), Number(rows[0].quantity))
  }
}

/** Gives reserved units back to the shelf (a cancel, or a request undone). */
export async function releaseUnits(container: MedusaContainer, location: string, units: TransferUnits[]) {
  let held: Level[] = []
  await moveLevels(container, location, moves(units, 0), (levels) => void (held = levels), (trx) => dropReservations(trx, held, units))
}

/**
 * The units leave the source: the reservations consumed and the stock lowered in one locked
 * transaction, so what the counter may sell (stocked less reserved) does not move. `undo` puts
 * the units and the reservations back.
 */
export async function dispatchUnits(container: MedusaContainer, location: string, units: TransferUnits[], undo = false) {
  let held: Level[] = []
  await moveLevels(container, location, moves(units, undo ? 1 : -1), (levels) => void (held = levels), (trx) =>
    undo ? restoreReservations(trx, held, units) : dropReservations(trx, held, units)
  )
}
