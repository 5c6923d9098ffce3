import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Return requests: a return waiting for a manager's approval (nothing moves until it is completed). */
export class Migration20261207124137 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_pos_return_request" drop constraint if exists "kassa_pos_return_request_number_unique";`)
    this.addSql(
      `create table if not exists "kassa_pos_return_request" ("id" text not null, "number" text not null, "order_id" text not null, "stock_location_id" text not null, "register_id" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'expired', 'completed')) not null default 'pending', "lines" jsonb not null, "refund_total" numeric not null, "refund" jsonb not null, "reason" text not null, "note" text null, "approval_reason" text null, "requested_by" text not null, "expires_at" timestamptz not null, "decided_by" text null, "decided_at" timestamptz null, "decision_note" text null, "return_record_id" text null, "completed_by" text null, "completed_at" timestamptz null, "raw_refund_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_pos_return_request_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_pos_return_request_number_unique" ON "kassa_pos_return_request" ("number") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_return_request_deleted_at" ON "kassa_pos_return_request" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_return_request_order_id" ON "kassa_pos_return_request" ("order_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_return_request_stock_location_id_status" ON "kassa_pos_return_request" ("stock_location_id", "status") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table if exists "kassa_pos_branch_settings" add column if not exists "return_request_days" integer not null default 7;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_pos_return_request" cascade;`)
    this.addSql(`alter table if exists "kassa_pos_branch_settings" drop column if exists "return_request_days";`)
  }
}
