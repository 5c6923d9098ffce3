import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Transfers between stock locations and stock counts (issue 30, items 5 and 6). */
export class Migration20261207220000 extends Migration {
  override async up(): Promise<void> {
    const common = `"created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null`
    const indexes = (table: string, columns: string[]) => {
      for (const c of columns) this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_${table}_${c}" ON "${table}" ("${c}") WHERE deleted_at IS NULL;`)
      this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_${table}_deleted_at" ON "${table}" ("deleted_at") WHERE deleted_at IS NULL;`)
    }

    this.addSql(`create table if not exists "kassa_stock_transfer" ("id" text not null, "number" text not null, "kind" text check ("kind" in ('branch', 'internal')) not null, "from_location_id" text not null, "to_location_id" text not null, "status" text check ("status" in ('pending', 'in_transit', 'received', 'canceled')) not null default 'pending', "note" text null, "has_discrepancy" boolean not null default false, "requested_by" text null, "dispatched_by" text null, "dispatched_at" timestamptz null, "received_by" text null, "received_at" timestamptz null, "canceled_by" text null, "canceled_at" timestamptz null, ${common}, constraint "kassa_stock_transfer_pkey" primary key ("id"), constraint "kassa_stock_transfer_two_places" check (from_location_id <> to_location_id));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_stock_transfer_number_unique" ON "kassa_stock_transfer" ("number") WHERE deleted_at IS NULL;`)
    indexes("kassa_stock_transfer", ["from_location_id", "to_location_id"])

    this.addSql(`create table if not exists "kassa_stock_transfer_line" ("id" text not null, "transfer_id" text not null, "variant_id" text not null, "inventory_item_id" text not null, "title" text not null, "sku" text null, "quantity" integer not null, "reservation_id" text null, "received_quantity" integer null, "damaged_quantity" integer null, "missing_quantity" integer null, "note" text null, ${common}, constraint "kassa_stock_transfer_line_pkey" primary key ("id"), constraint "kassa_stock_transfer_line_quantities" check (quantity > 0 and coalesce(received_quantity, 0) + coalesce(damaged_quantity, 0) + coalesce(missing_quantity, 0) <= quantity));`)
    indexes("kassa_stock_transfer_line", ["transfer_id"])
    this.addSql(`alter table if exists "kassa_stock_transfer_line" add constraint "kassa_stock_transfer_line_transfer_id_foreign" foreign key ("transfer_id") references "kassa_stock_transfer" ("id") on update cascade on delete cascade;`)

    this.addSql(`create table if not exists "kassa_stock_count" ("id" text not null, "number" text not null, "location_id" text not null, "scope" text check ("scope" in ('full', 'category')) not null, "category_ids" text[] null, "status" text check ("status" in ('counting', 'approved', 'canceled')) not null default 'counting', "currency_code" text null, "started_by" text null, "approved_by" text null, "approved_at" timestamptz null, "reason" text null, "canceled_at" timestamptz null, ${common}, constraint "kassa_stock_count_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_stock_count_number_unique" ON "kassa_stock_count" ("number") WHERE deleted_at IS NULL;`)
    indexes("kassa_stock_count", ["location_id"])

    this.addSql(`create table if not exists "kassa_stock_count_line" ("id" text not null, "count_id" text not null, "variant_id" text not null, "inventory_item_id" text not null, "title" text not null, "sku" text null, "barcode" text null, "system_quantity" integer not null, "counted_quantity" integer null, "unit_cost" numeric null, "raw_unit_cost" jsonb null, ${common}, constraint "kassa_stock_count_line_pkey" primary key ("id"), constraint "kassa_stock_count_line_counted" check (counted_quantity is null or counted_quantity >= 0));`)
    indexes("kassa_stock_count_line", ["count_id"])
    this.addSql(`alter table if exists "kassa_stock_count_line" add constraint "kassa_stock_count_line_count_id_foreign" foreign key ("count_id") references "kassa_stock_count" ("id") on update cascade on delete cascade;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_stock_count_line" cascade;`)
    this.addSql(`drop table if exists "kassa_stock_count" cascade;`)
    this.addSql(`drop table if exists "kassa_stock_transfer_line" cascade;`)
    this.addSql(`drop table if exists "kassa_stock_transfer" cascade;`)
  }
}
