import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The checkout key becomes the checkout's journal: its lease, its planned ids and the stock it took. */
export class Migration20261205170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_pos_checkout_key" add column if not exists "owner" text null, add column if not exists "lease_until" timestamptz null, add column if not exists "plan" jsonb null, add column if not exists "stock" jsonb null;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_pos_checkout_key_ticket_id_unique" ON "kassa_pos_checkout_key" ("ticket_id") WHERE status = 'pending' AND deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_checkout_key_lease_until" ON "kassa_pos_checkout_key" ("lease_until") WHERE status = 'pending' AND deleted_at IS NULL;`)
    // A renewal moves only the lease: nothing for the audit chain.
    this.addSql(`comment on column "kassa_pos_checkout_key"."lease_until" is 'kassa:audit=off';`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_kassa_pos_checkout_key_ticket_id_unique";`)
    this.addSql(`drop index if exists "IDX_kassa_pos_checkout_key_lease_until";`)
    this.addSql(`alter table if exists "kassa_pos_checkout_key" drop column if exists "owner", drop column if exists "lease_until", drop column if exists "plan", drop column if exists "stock";`)
  }
}
