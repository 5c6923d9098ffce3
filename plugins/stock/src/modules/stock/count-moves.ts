import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { MedusaError } from "@medusajs/framework/utils"
import type { CountStatus } from "./models/count"

/** A counted quantity: scanned (`add`: each scan adds up) or entered (`set`), by variant or barcode. */
export type CountEntry = { variant_id?: string; barcode?: string; quantity: number; mode: "add" | "set" }
export type CountLineRow = { id: string; variant_id: string; inventory_item_id: string; title: string; sku: string | null; barcode: string | null; system_quantity: number; counted_quantity: number | null }
type CountRow = { id: string; number: string; status: CountStatus; location_id: string }

/** The count's row locked with its lines; refused unless it is still being counted. */
async function lockCounting(em: SqlEntityManager, id: string) {
  const [count] = (await em.execute(`select id, number, status, location_id from kassa_stock_count where id = ? and deleted_at is null for update`, [id])) as CountRow[]
  if (!count) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No stock count ${id}`)
  if (count.status !== "counting") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Stock count ${count.number} is ${count.status}: it is no longer counted`)
  const lines = (await em.execute(
    `select id, variant_id, inventory_item_id, title, sku, barcode, system_quantity, counted_quantity from kassa_stock_count_line where count_id = ? and deleted_at is null`,
    [id]
  )) as CountLineRow[]
  return { count, lines }
}

/**
 * Adds scans and entries to a count under its row lock (two scanners at one count add up, never
 * overwrite each other). Returns what each touched line had, for the undo.
 */
export async function recordCounted(em: SqlEntityManager, id: string, entries: CountEntry[]) {
  const { count, lines } = await lockCounting(em, id)
  const before = new Map<string, number | null>()
  for (const e of entries) {
    const line = lines.find((l) => (e.variant_id ? l.variant_id === e.variant_id : l.barcode === e.barcode))
    if (!line) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${e.variant_id ? `Variant ${e.variant_id}` : `Barcode ${e.barcode}`} is not in stock count ${count.number}`)
    if (!before.has(line.id)) before.set(line.id, line.counted_quantity)
    line.counted_quantity = e.mode === "add" ? (line.counted_quantity ?? 0) + e.quantity : e.quantity
  }
  for (const lineId of before.keys()) {
    const line = lines.find((l) => l.id === lineId)!
    await em.execute(`update kassa_stock_count_line set counted_quantity = ?, updated_at = now() where id = ?`, [line.counted_quantity, line.id])
  }
  return [...before].map(([line_id, counted_quantity]) => ({ line_id, counted_quantity }))
}

/** Puts counted quantities back as they were (a compensation). */
export async function restoreCounted(em: SqlEntityManager, before: { line_id: string; counted_quantity: number | null }[]) {
  for (const b of before) await em.execute(`update kassa_stock_count_line set counted_quantity = ?, updated_at = now() where id = ?`, [b.counted_quantity, b.line_id])
}

/**
 * Closes a count as approved (or canceled) under its row lock. Approved: each counted line whose
 * count differs from the snapshot moves the level by the difference (sales since the snapshot
 * stay counted as sales); lines never counted move nothing.
 */
export async function closeCount(em: SqlEntityManager, id: string, to: "approved" | "canceled", by: string | null, reason: string | null) {
  const { count, lines } = await lockCounting(em, id)
  await em.execute(
    to === "approved"
      ? `update kassa_stock_count set status = 'approved', approved_by = ?, approved_at = now(), reason = ?, updated_at = now() where id = ?`
      : `update kassa_stock_count set status = 'canceled', canceled_at = now(), reason = ?, updated_at = now() where id = ?`,
    to === "approved" ? [by, reason, id] : [reason, id]
  )
  const moves = lines
    .filter((l) => l.counted_quantity !== null && l.counted_quantity !== l.system_quantity)
    .map((l) => ({ inventory_item_id: l.inventory_item_id, delta: l.counted_quantity! - l.system_quantity, title: l.sku ?? l.title }))
  return { number: count.number, location_id: count.location_id, moves: to === "approved" ? moves : [] }
}

/** Opens a closed count again (a compensation of its approval). */
export async function reopenCount(em: SqlEntityManager, id: string) {
  await em.execute(
    `update kassa_stock_count set status = 'counting', approved_by = null, approved_at = null, canceled_at = null, reason = null, updated_at = now() where id = ?`,
    [id]
  )
}
