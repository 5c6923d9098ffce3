import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122185830 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_pos_return" drop constraint if exists "kassa_pos_return_number_unique";`);
    this.addSql(`create table if not exists "kassa_pos_return" ("id" text not null, "number" text not null, "order_id" text not null, "return_id" text not null, "stock_location_id" text not null, "register_id" text not null, "drawer_session_id" text null, "reason" text not null, "lines" jsonb not null, "refund_total" numeric not null, "refund_method" text not null, "refund_reference" text null, "card_last4" text null, "refund_ids" jsonb not null, "created_by" text not null, "approved_by" text null, "exchange_id" text null, "new_lines" jsonb null, "paid_total" numeric null, "paid_method" text null, "raw_refund_total" jsonb not null, "raw_paid_total" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_pos_return_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_pos_return_number_unique" ON "kassa_pos_return" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_return_deleted_at" ON "kassa_pos_return" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_return_order_id" ON "kassa_pos_return" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_return_drawer_session_id" ON "kassa_pos_return" ("drawer_session_id") WHERE drawer_session_id IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_pos_return" cascade;`);
  }

}
