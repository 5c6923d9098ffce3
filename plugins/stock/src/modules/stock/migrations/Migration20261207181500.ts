import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207181500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "kassa_stock_supplier" ("id" text not null, "name" text not null, "contact_name" text null, "phone" text null, "email" text null, "terms" text null, "contract_start" timestamptz null, "contract_end" timestamptz null, "renewed_at" timestamptz null, "opted_out_at" timestamptz null, "archived_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_stock_supplier_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_stock_supplier_deleted_at" ON "kassa_stock_supplier" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "kassa_stock_supplier_variant" ("id" text not null, "supplier_id" text not null, "variant_id" text not null, "supplier_sku" text null, "cost" numeric not null, "raw_cost" jsonb not null, "currency_code" text not null, "lead_time_days" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_stock_supplier_variant_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_stock_supplier_variant_supplier_id" ON "kassa_stock_supplier_variant" ("supplier_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_stock_supplier_variant_deleted_at" ON "kassa_stock_supplier_variant" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_stock_supplier_variant_supplier_id_variant_id_unique" ON "kassa_stock_supplier_variant" ("supplier_id", "variant_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_stock_supplier_variant_variant_id" ON "kassa_stock_supplier_variant" ("variant_id") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table if exists "kassa_stock_supplier_variant" add constraint "kassa_stock_supplier_variant_supplier_id_foreign" foreign key ("supplier_id") references "kassa_stock_supplier" ("id") on update cascade on delete cascade;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_stock_supplier_variant" cascade;`)
    this.addSql(`drop table if exists "kassa_stock_supplier" cascade;`)
  }
}
