import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207184000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "kassa_stock_receipt" ("id" text not null, "purchase_order_id" text not null, "purchase_order_number" text not null, "location_id" text not null, "received_by" text null, "invoice_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_stock_receipt_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_stock_receipt_purchase_order_id" ON "kassa_stock_receipt" ("purchase_order_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_stock_receipt_deleted_at" ON "kassa_stock_receipt" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "kassa_stock_receipt_line" ("id" text not null, "receipt_id" text not null, "purchase_order_line_id" text not null, "variant_id" text not null, "quantity" integer not null, "unit_cost" numeric not null, "raw_unit_cost" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_stock_receipt_line_pkey" primary key ("id"), constraint "kassa_stock_receipt_line_quantity" check (quantity > 0));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_stock_receipt_line_receipt_id" ON "kassa_stock_receipt_line" ("receipt_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_stock_receipt_line_deleted_at" ON "kassa_stock_receipt_line" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table if exists "kassa_stock_receipt_line" add constraint "kassa_stock_receipt_line_receipt_id_foreign" foreign key ("receipt_id") references "kassa_stock_receipt" ("id") on update cascade on delete cascade;`)

    this.addSql(`create table if not exists "kassa_stock_invoice" ("id" text not null, "number" text not null, "supplier_id" text not null, "supplier_invoice_number" text not null, "purchase_order_id" text not null, "purchase_order_number" text not null, "invoice_date" timestamptz null, "currency_code" text not null, "total" numeric not null, "raw_total" jsonb not null, "lines" jsonb not null, "recorded_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_stock_invoice_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_stock_invoice_number_unique" ON "kassa_stock_invoice" ("number") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_stock_invoice_supplier_id" ON "kassa_stock_invoice" ("supplier_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_stock_invoice_purchase_order_id" ON "kassa_stock_invoice" ("purchase_order_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_stock_invoice_deleted_at" ON "kassa_stock_invoice" ("deleted_at") WHERE deleted_at IS NULL;`)
    // A supplier's invoice is recorded once: "inv-1042" and "INV-1042 " are the same paper.
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_stock_invoice_supplier_number_unique" ON "kassa_stock_invoice" ("supplier_id", lower(trim("supplier_invoice_number"))) WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "kassa_stock_settings" ("id" text not null, "cost_method" text check ("cost_method" in ('moving_average', 'last')) not null default 'moving_average', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_stock_settings_pkey" primary key ("id"));`)
    this.addSql(`insert into "kassa_stock_settings" (id, cost_method) values ('kstset_store', 'moving_average') on conflict (id) do nothing;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_stock_settings" cascade;`)
    this.addSql(`drop table if exists "kassa_stock_invoice" cascade;`)
    this.addSql(`drop table if exists "kassa_stock_receipt_line" cascade;`)
    this.addSql(`drop table if exists "kassa_stock_receipt" cascade;`)
  }
}
