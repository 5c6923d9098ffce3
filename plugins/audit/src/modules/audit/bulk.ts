import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * For generated or imported history written straight to the tables (npm run seed:bulk): inside
 * the batch's transaction, row capture is off and one `bulk.import` entry says what the batch
 * wrote. A million historic orders would otherwise become three million entries dated today.
 */
export async function recordBulkImport(trx: Knex.Transaction, entityType: string, summary: Record<string, unknown>) {
  await trx.raw(`set local kassa.audit_bulk = 'on'`)
  await trx.raw(
    `insert into kassa_audit_pending (actor_type, action, entity_type, changes) values ('system', 'bulk.import', ?, ?::jsonb)`,
    [entityType, JSON.stringify(summary)]
  )
}
