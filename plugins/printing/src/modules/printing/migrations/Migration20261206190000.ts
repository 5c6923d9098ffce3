import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Printers per branch and register, and the print queue. */
export class Migration20261206190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "kassa_printer" ("id" text not null, "name" text not null, "stock_location_id" text not null, "register_id" text null,
        "host" text not null, "port" integer not null default 9100, "paper_width" integer not null default 80,
        "role" text check ("role" in ('receipt', 'kitchen', 'label', 'report')) not null default 'receipt',
        "cash_drawer" boolean not null default false, "is_active" boolean not null default true,
        "busy_until" timestamptz null, "last_success_at" timestamptz null, "last_error" text null, "last_error_at" timestamptz null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "kassa_printer_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_printer_stock_location_id" ON "kassa_printer" ("stock_location_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_printer_deleted_at" ON "kassa_printer" ("deleted_at") WHERE deleted_at IS NULL;`)
    // The queue's lease and verdict on the printer, rewritten at every job: status, not a change anyone made.
    for (const column of ["busy_until", "last_success_at", "last_error", "last_error_at"]) {
      this.addSql(`comment on column "kassa_printer"."${column}" is 'kassa:audit=off';`)
    }

    this.addSql(
      `create table if not exists "kassa_print_job" ("id" text not null, "printer_id" text not null, "stock_location_id" text not null,
        "kind" text check ("kind" in ('receipt', 'reprint', 'test')) not null, "order_id" text null, "receipt_number" text null,
        "status" text check ("status" in ('pending', 'printing', 'done', 'failed')) not null default 'pending',
        "payload" text not null, "kicks_drawer" boolean not null default false,
        "attempts" integer not null default 0, "max_attempts" integer not null default 5, "next_attempt_at" timestamptz not null,
        "claimed_by" text null, "claimed_until" timestamptz null, "last_error" text null, "printed_at" timestamptz null, "requested_by" text null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "kassa_print_job_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_print_job_printer_id_status" ON "kassa_print_job" ("printer_id", "status") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_print_job_stock_location_id_created_at" ON "kassa_print_job" ("stock_location_id", "created_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_print_job_order_id" ON "kassa_print_job" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_print_job_next_attempt_at" ON "kassa_print_job" ("next_attempt_at") WHERE status = 'pending' AND deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_print_job_deleted_at" ON "kassa_print_job" ("deleted_at") WHERE deleted_at IS NULL;`)
    // The job's creation and its status are the history; the bytes (a whole receipt) and the
    // queue's bookkeeping of each attempt are not worth a chained audit entry each.
    for (const column of ["payload", "attempts", "next_attempt_at", "claimed_by", "claimed_until"]) {
      this.addSql(`comment on column "kassa_print_job"."${column}" is 'kassa:audit=off';`)
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_print_job" cascade;`)
    this.addSql(`drop table if exists "kassa_printer" cascade;`)
  }
}
