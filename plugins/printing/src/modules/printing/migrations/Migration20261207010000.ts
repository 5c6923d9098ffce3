import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Printer kinds (network, browser, PDF), a code page and a cutter flag per printer; print jobs
 * of two new kinds (gift receipt, A4 invoice) and a PDF kept on the job; the store's receipt logo.
 */
export class Migration20261207010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "kassa_printer" add column if not exists "kind" text check ("kind" in ('network', 'browser', 'pdf')) not null default 'network';`)
    this.addSql(`alter table "kassa_printer" alter column "host" drop not null;`)
    // A network printer needs its address; the browser and PDF have none.
    this.addSql(`alter table "kassa_printer" add constraint "kassa_printer_network_host_check" check ("kind" <> 'network' or "host" is not null);`)
    this.addSql(`alter table "kassa_printer" add column if not exists "code_page" text null;`)
    this.addSql(`alter table "kassa_printer" add column if not exists "has_cutter" boolean not null default true;`)

    this.addSql(`alter table "kassa_print_job" drop constraint if exists "kassa_print_job_kind_check";`)
    this.addSql(
      `alter table "kassa_print_job" add constraint "kassa_print_job_kind_check" check ("kind" in ('receipt', 'reprint', 'test', 'label', 'return_slip', 'gift_receipt', 'invoice'));`
    )
    this.addSql(`alter table "kassa_print_job" add column if not exists "format" text check ("format" in ('escpos', 'pdf')) not null default 'escpos';`)

    // The store's print settings, one row: the logo printed at the top of receipts (a File module file).
    this.addSql(
      `create table if not exists "kassa_print_settings" ("id" text not null, "logo_file_id" text null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "kassa_print_settings_pkey" primary key ("id"));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_print_settings" cascade;`)
    this.addSql(`delete from "kassa_print_job" where "kind" in ('gift_receipt', 'invoice') or "format" = 'pdf';`)
    this.addSql(`alter table "kassa_print_job" drop column if exists "format";`)
    this.addSql(`alter table "kassa_print_job" drop constraint if exists "kassa_print_job_kind_check";`)
    this.addSql(`alter table "kassa_print_job" add constraint "kassa_print_job_kind_check" check ("kind" in ('receipt', 'reprint', 'test', 'label', 'return_slip'));`)
    this.addSql(`delete from "kassa_printer" where "kind" <> 'network';`)
    this.addSql(`alter table "kassa_printer" drop constraint if exists "kassa_printer_network_host_check";`)
    this.addSql(`alter table "kassa_printer" alter column "host" set not null;`)
    this.addSql(`alter table "kassa_printer" drop column if exists "has_cutter";`)
    this.addSql(`alter table "kassa_printer" drop column if exists "code_page";`)
    this.addSql(`alter table "kassa_printer" drop column if exists "kind";`)
  }
}
