import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The scan index learns each product's status, so an archived or unpublished product no longer
 * scans onto a ticket. The entries there were read without it: they are dropped, and the index
 * fills again as before (a code it does not know is read from the product module and indexed;
 * the sweep re-reads the catalogue), so no entry ever claims a draft is for sale.
 */
export class Migration20261207153412 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_pos_scan_entry" add column if not exists "product_status" text not null default 'published';`)
    this.addSql(`alter table if exists "kassa_pos_scan_entry" add column if not exists "archived" boolean not null default false;`)
    this.addSql(`delete from "kassa_pos_scan_entry";`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "kassa_pos_scan_entry" drop column if exists "product_status";`)
    this.addSql(`alter table if exists "kassa_pos_scan_entry" drop column if exists "archived";`)
  }
}
