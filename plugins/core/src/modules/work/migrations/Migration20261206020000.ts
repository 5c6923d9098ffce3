import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The work journal: one leased row per run of a money-moving workflow (returns, voids, collections…). */
export class Migration20261206020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "kassa_work_run" ("id" text not null, "kind" text not null, "key" text not null, "request_hash" text not null,
        "status" text check ("status" in ('pending', 'done', 'undone')) not null default 'pending', "owner" text null, "lease_until" timestamptz null,
        "input" jsonb not null, "facts" jsonb not null default '{}', "response" jsonb null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "kassa_work_run_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_work_run_kind_key_unique" ON "kassa_work_run" ("kind", "key") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_work_run_lease_until" ON "kassa_work_run" ("lease_until") WHERE status = 'pending' AND deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_work_run_deleted_at" ON "kassa_work_run" ("deleted_at") WHERE deleted_at IS NULL;`)
    // A renewal moves only the lease: nothing for the audit chain.
    this.addSql(`comment on column "kassa_work_run"."lease_until" is 'kassa:audit=off';`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_work_run" cascade;`)
  }
}
