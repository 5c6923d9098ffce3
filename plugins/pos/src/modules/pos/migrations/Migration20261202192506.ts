import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202192506 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "kassa_pos_scan_entry" ("id" text not null, "product_id" text not null, "title" text not null, "sku" text null, "barcode" text null, "ean" text null, "upc" text null, "manage_inventory" boolean not null, "options" jsonb not null, "product_title" text not null, "thumbnail" text null, "serialized" boolean not null, "price_set_id" text null, "source_updated_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_pos_scan_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_scan_entry_deleted_at" ON "kassa_pos_scan_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_scan_entry_product_id" ON "kassa_pos_scan_entry" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_scan_entry_barcode" ON "kassa_pos_scan_entry" ("barcode") WHERE barcode IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_scan_entry_ean" ON "kassa_pos_scan_entry" ("ean") WHERE ean IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_scan_entry_upc" ON "kassa_pos_scan_entry" ("upc") WHERE upc IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_scan_entry_sku" ON "kassa_pos_scan_entry" ("sku") WHERE sku IS NOT NULL AND deleted_at IS NULL;`);
    // A projection of the product module (whose own tables are audited): nothing to audit here.
    this.addSql(`comment on table "kassa_pos_scan_entry" is 'kassa:audit=off';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_pos_scan_entry" cascade;`);
  }

}
