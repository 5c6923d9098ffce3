import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207183500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "kassa_stock_reorder_line" ("id" text not null, "user_id" text not null, "location_id" text not null, "variant_id" text not null, "quantity" integer not null, "supplier_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_stock_reorder_line_pkey" primary key ("id"), constraint "kassa_stock_reorder_line_quantity" check (quantity > 0));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_stock_reorder_line_deleted_at" ON "kassa_stock_reorder_line" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_stock_reorder_line_user_id_location_id_variant_id_unique" ON "kassa_stock_reorder_line" ("user_id", "location_id", "variant_id") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "kassa_stock_purchase_order" ("id" text not null, "number" text not null, "supplier_id" text not null, "location_id" text not null, "status" text check ("status" in ('draft', 'sent', 'partially_received', 'received', 'canceled')) not null default 'draft', "currency_code" text not null, "created_by" text null, "sent_at" timestamptz null, "received_at" timestamptz null, "canceled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_stock_purchase_order_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_stock_purchase_order_number_unique" ON "kassa_stock_purchase_order" ("number") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_stock_purchase_order_supplier_id" ON "kassa_stock_purchase_order" ("supplier_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_stock_purchase_order_location_id" ON "kassa_stock_purchase_order" ("location_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_stock_purchase_order_deleted_at" ON "kassa_stock_purchase_order" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "kassa_stock_purchase_order_line" ("id" text not null, "purchase_order_id" text not null, "variant_id" text not null, "title" text not null, "sku" text null, "supplier_sku" text null, "quantity" integer not null, "received_quantity" integer not null default 0, "unit_cost" numeric not null, "raw_unit_cost" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_stock_purchase_order_line_pkey" primary key ("id"), constraint "kassa_stock_purchase_order_line_received" check (quantity > 0 and received_quantity >= 0 and received_quantity <= quantity));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_stock_purchase_order_line_purchase_order_id" ON "kassa_stock_purchase_order_line" ("purchase_order_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_stock_purchase_order_line_deleted_at" ON "kassa_stock_purchase_order_line" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table if exists "kassa_stock_purchase_order_line" add constraint "kassa_stock_purchase_order_line_purchase_order_id_foreign" foreign key ("purchase_order_id") references "kassa_stock_purchase_order" ("id") on update cascade on delete cascade;`)

    // Document numbers per kind and year (PO, INV): one row per series, incremented in place, so
    // two orders made at once wait on the row and never take the same number.
    this.addSql(`create table if not exists "kassa_stock_document_sequence" ("kind" text not null, "year" integer not null, "last" integer not null, constraint "kassa_stock_document_sequence_pkey" primary key ("kind", "year"));`)
    this.addSql(`comment on table "kassa_stock_document_sequence" is 'kassa:audit=off';`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_stock_document_sequence" cascade;`)
    this.addSql(`drop table if exists "kassa_stock_purchase_order_line" cascade;`)
    this.addSql(`drop table if exists "kassa_stock_purchase_order" cascade;`)
    this.addSql(`drop table if exists "kassa_stock_reorder_line" cascade;`)
  }
}
