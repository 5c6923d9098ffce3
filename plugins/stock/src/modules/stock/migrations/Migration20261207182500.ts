import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207182500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "kassa_stock_threshold" ("id" text not null, "product_id" text not null, "variant_id" text null, "location_id" text null, "min_quantity" integer not null, "reorder_quantity" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_stock_threshold_pkey" primary key ("id"), constraint "kassa_stock_threshold_quantities" check (min_quantity >= 0 and reorder_quantity >= min_quantity));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_stock_threshold_product_id" ON "kassa_stock_threshold" ("product_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_stock_threshold_deleted_at" ON "kassa_stock_threshold" ("deleted_at") WHERE deleted_at IS NULL;`)
    // One row per product, variant (or none) and branch (or none): nulls compared as equal.
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_stock_threshold_scope_unique" ON "kassa_stock_threshold" ("product_id", coalesce("variant_id", ''), coalesce("location_id", '')) WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_stock_threshold" cascade;`)
  }
}
