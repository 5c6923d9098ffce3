import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Barcodes: the store's numbering and a sequence per prefix; label jobs in the print queue. */
export class Migration20261206210000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "kassa_barcode_settings" ("id" text not null, "gs1_prefix" text null check ("gs1_prefix" ~ '^[0-9]{3,11}$'),
        "assign_on_create" boolean not null default true,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "kassa_barcode_settings_pkey" primary key ("id"));`
    )
    // One row per prefix (its id); last_value is the last number handed out.
    this.addSql(
      `create table if not exists "kassa_barcode_sequence" ("id" text not null, "last_value" bigint not null check ("last_value" >= 0),
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "kassa_barcode_sequence_pkey" primary key ("id"));`
    )
    // Every product creation moves it: the codes themselves are audited on the variants.
    this.addSql(`comment on column "kassa_barcode_sequence"."last_value" is 'kassa:audit=off';`)

    this.addSql(`alter table "kassa_print_job" drop constraint if exists "kassa_print_job_kind_check";`)
    this.addSql(`alter table "kassa_print_job" add constraint "kassa_print_job_kind_check" check ("kind" in ('receipt', 'reprint', 'test', 'label'));`)
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "kassa_print_job" where "kind" = 'label';`)
    this.addSql(`alter table "kassa_print_job" drop constraint if exists "kassa_print_job_kind_check";`)
    this.addSql(`alter table "kassa_print_job" add constraint "kassa_print_job_kind_check" check ("kind" in ('receipt', 'reprint', 'test'));`)
    this.addSql(`drop table if exists "kassa_barcode_sequence" cascade;`)
    this.addSql(`drop table if exists "kassa_barcode_settings" cascade;`)
  }
}
