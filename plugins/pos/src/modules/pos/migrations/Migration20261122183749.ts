import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122183749 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_pos_z_report" drop constraint if exists "kassa_pos_z_report_register_id_number_unique";`);
    this.addSql(`alter table if exists "kassa_pos_z_report" drop constraint if exists "kassa_pos_z_report_session_id_unique";`);
    this.addSql(`alter table if exists "kassa_pos_drawer_session" drop constraint if exists "kassa_pos_drawer_session_register_id_unique";`);
    this.addSql(`create table if not exists "kassa_pos_drawer_session" ("id" text not null, "register_id" text not null, "stock_location_id" text not null, "status" text check ("status" in ('open', 'closed')) not null default 'open', "opened_by" text not null, "opened_at" timestamptz not null, "opening_float" numeric not null, "opening_denominations" jsonb null, "closed_by" text null, "closed_at" timestamptz null, "counted_denominations" jsonb null, "counted_cash" numeric null, "expected_cash" numeric null, "over_short" numeric null, "force_closed" boolean not null default false, "close_note" text null, "raw_opening_float" jsonb not null, "raw_counted_cash" jsonb null, "raw_expected_cash" jsonb null, "raw_over_short" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_pos_drawer_session_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_drawer_session_deleted_at" ON "kassa_pos_drawer_session" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_pos_drawer_session_register_id_unique" ON "kassa_pos_drawer_session" ("register_id") WHERE status = 'open' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_drawer_session_stock_location_id_opened_at" ON "kassa_pos_drawer_session" ("stock_location_id", "opened_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_pos_cash_movement" ("id" text not null, "type" text check ("type" in ('in', 'out')) not null, "amount" numeric not null, "reason" text not null, "created_by" text not null, "session_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_pos_cash_movement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_cash_movement_session_id" ON "kassa_pos_cash_movement" ("session_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_cash_movement_deleted_at" ON "kassa_pos_cash_movement" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_pos_z_report" ("id" text not null, "register_id" text not null, "stock_location_id" text not null, "session_id" text not null, "number" integer not null, "issued_by" text not null, "issued_at" timestamptz not null, "figures" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_pos_z_report_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_pos_z_report_session_id_unique" ON "kassa_pos_z_report" ("session_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_z_report_deleted_at" ON "kassa_pos_z_report" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_pos_z_report_register_id_number_unique" ON "kassa_pos_z_report" ("register_id", "number") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "kassa_pos_cash_movement" add constraint "kassa_pos_cash_movement_session_id_foreign" foreign key ("session_id") references "kassa_pos_drawer_session" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "kassa_pos_branch_settings" add column if not exists "return_approval_amount" numeric not null default 5000, add column if not exists "return_approval_days" integer not null default 7, add column if not exists "raw_return_approval_amount" jsonb not null default '{"value":"5000","precision":20}';`);
    this.addSql(`alter table if exists "kassa_pos_ticket" add column if not exists "drawer_session_id" text null, add column if not exists "voided_at" timestamptz null, add column if not exists "voided_by" text null, add column if not exists "void_reason" text null, add column if not exists "sale_total" numeric null, add column if not exists "sale_tax_total" numeric null, add column if not exists "sale_discount_total" numeric null, add column if not exists "raw_sale_total" jsonb null, add column if not exists "raw_sale_tax_total" jsonb null, add column if not exists "raw_sale_discount_total" jsonb null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_ticket_drawer_session_id" ON "kassa_pos_ticket" ("drawer_session_id") WHERE drawer_session_id IS NOT NULL AND deleted_at IS NULL;`);

    // An issued Z report is final: a reprint must show what was issued.
    this.addSql(`create or replace function kassa_pos_z_report_frozen() returns trigger language plpgsql as $$
      begin raise exception 'Z report % is issued and cannot be changed', old.number; end $$;`);
    this.addSql(`drop trigger if exists kassa_pos_z_report_frozen on "kassa_pos_z_report";`);
    this.addSql(`create trigger kassa_pos_z_report_frozen before update or delete on "kassa_pos_z_report" for each row execute function kassa_pos_z_report_frozen();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists kassa_pos_z_report_frozen on "kassa_pos_z_report";`);
    this.addSql(`drop function if exists kassa_pos_z_report_frozen();`);
    this.addSql(`alter table if exists "kassa_pos_cash_movement" drop constraint if exists "kassa_pos_cash_movement_session_id_foreign";`);

    this.addSql(`drop table if exists "kassa_pos_drawer_session" cascade;`);

    this.addSql(`drop table if exists "kassa_pos_cash_movement" cascade;`);

    this.addSql(`drop table if exists "kassa_pos_z_report" cascade;`);

    this.addSql(`alter table if exists "kassa_pos_branch_settings" drop column if exists "return_approval_amount", drop column if exists "return_approval_days", drop column if exists "raw_return_approval_amount";`);

    this.addSql(`drop index if exists "IDX_kassa_pos_ticket_drawer_session_id";`);
    this.addSql(`alter table if exists "kassa_pos_ticket" drop column if exists "drawer_session_id", drop column if exists "voided_at", drop column if exists "voided_by", drop column if exists "void_reason", drop column if exists "sale_total", drop column if exists "sale_tax_total", drop column if exists "sale_discount_total", drop column if exists "raw_sale_total", drop column if exists "raw_sale_tax_total", drop column if exists "raw_sale_discount_total";`);
  }

}
