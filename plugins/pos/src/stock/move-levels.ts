import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { BigNumber, ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"

/** How long a stock move waits for the levels another move holds before it is refused (409). */
export const STOCK_WAIT_SECONDS = 5

export type LevelMove = { inventory_item_id: string; delta: number; title: string }
/** Further writes that must commit or roll back with the levels (a checkout's journal). */
export type Alongside = (trx: Knex.Transaction) => Promise<void>
export type HeldLevel = { id: string; inventory_item_id: string; stocked_quantity: string; reserved_quantity: string }

// PostgreSQL's "lock_not_available" (lock_timeout) and "deadlock_detected": nothing was written.
const BUSY_CODES = new Set(["55P03", "40P01"])

/**
 * Moves a branch's stock level of each item by its delta, in one transaction that first locks
 * the levels' rows (`for update`, in id order) and reads them, then lets `check` (which may
 * refuse) see them, then writes them. Of two registers selling the last unit, the second waits
 * for the first's commit, reads the level it left and is refused.
 * Why row locks rather than Medusa's locking module (bench/locks measures both): its Redis
 * provider takes a call's keys in parallel, each in its own retry loop, so two sales wanting
 * overlapping items each held part of the other's keys until the time-out, and a timed-out call
 * left the keys it had taken locked for the whole lease (issue 23); even one key at a time its
 * waiters poll with a back-off of up to a second and time out under load. Row locks queue in
 * order of arrival, one order (the ids) means no cycle of waiters, a time-out aborts the
 * transaction and so frees every row it held, and a crashed process frees them with its
 * connection; the same with or without Redis, across server instances.
 * The rows are written here, not through the inventory module, because only the transaction
 * holding the locks may write them. `stocked_quantity` is a Medusa bigNumber: its `raw_` copy
 * is written with it. The audit triggers on inventory_level record the change as for any writer.
 * Medusa's own writers (a web order's fulfilment, a return received in the admin) read a level
 * and write it back without these locks: one landing while a move holds the row waits for it,
 * then writes the value it read before, so it can still undo that move.
 */
export async function moveLevels(container: MedusaContainer, location: string, moves: LevelMove[], check?: (levels: HeldLevel[]) => void, alongside?: Alongside) {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  try {
    await knex.transaction(async (trx) => {
      await trx.raw(`set local lock_timeout = '${STOCK_WAIT_SECONDS}s'`)
      const { rows: levels } = (await trx.raw(
        `select id, inventory_item_id, stocked_quantity, reserved_quantity from inventory_level
          where location_id = ? and inventory_item_id = any(?) and deleted_at is null
          order by id for update`,
        [location, moves.map((m) => m.inventory_item_id)]
      )) as { rows: HeldLevel[] }
      check?.(levels)
      const written = moves.map((m) => {
        const level = levels.find((l) => l.inventory_item_id === m.inventory_item_id)
        if (!level) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${m.title} has no stock level at this branch`)
        // Computed as the inventory module would, so the `raw_` copy reads exactly as its own.
        const next = new BigNumber(MathBN.add(level.stocked_quantity, m.delta))
        return { id: level.id, value: next.numeric, raw: JSON.stringify(next.raw) }
      })
      await trx.raw(
        `update inventory_level l
            set stocked_quantity = w.value, raw_stocked_quantity = w.raw, updated_at = now()
           from unnest(?::text[], ?::numeric[], ?::jsonb[]) as w(id, value, raw)
          where l.id = w.id`,
        [written.map((w) => w.id), written.map((w) => w.value), written.map((w) => w.raw)]
      )
      await alongside?.(trx)
    })
  } catch (e) {
    if (!BUSY_CODES.has((e as { code?: string }).code ?? "")) throw e
    throw new MedusaError(MedusaError.Types.CONFLICT, "The stock of these items is busy with other sales at this branch: try again")
  }
}
