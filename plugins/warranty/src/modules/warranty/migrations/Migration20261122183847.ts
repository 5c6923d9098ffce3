import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122183847 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_warranty_policy" drop constraint if exists "kassa_warranty_policy_category_id_unique";`);
    this.addSql(`alter table if exists "kassa_warranty_policy" drop constraint if exists "kassa_warranty_policy_product_id_unique";`);
    this.addSql(`alter table if exists "kassa_warranty_replacement" drop constraint if exists "kassa_warranty_replacement_claim_id_unique";`);
    this.addSql(`alter table if exists "kassa_warranty_serial" drop constraint if exists "kassa_warranty_serial_serial_number_line_item_id_unique";`);
    this.addSql(`create table if not exists "kassa_warranty_defective_unit" ("id" text not null, "claim_id" text null, "product_id" text null, "variant_id" text null, "stock_location_id" text not null, "serial_number" text not null, "reason" text not null, "received_at" timestamptz not null, "disposal_status" text check ("disposal_status" in ('pending', 'returned_to_supplier', 'disposed')) not null default 'pending', "disposed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_warranty_defective_unit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_warranty_defective_unit_deleted_at" ON "kassa_warranty_defective_unit" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_warranty_defective_unit_stock_location_id_disposal_status" ON "kassa_warranty_defective_unit" ("stock_location_id", "disposal_status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_warranty_serial" ("id" text not null, "serial_number" text not null, "order_id" text not null, "line_item_id" text not null, "product_id" text null, "variant_id" text null, "stock_location_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_warranty_serial_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_warranty_serial_deleted_at" ON "kassa_warranty_serial" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_warranty_serial_serial_number_line_item_id_unique" ON "kassa_warranty_serial" ("serial_number", "line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_warranty_serial_order_id" ON "kassa_warranty_serial" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_warranty_claim" ("id" text not null, "type" text check ("type" in ('repair', 'replacement')) not null, "status" text check ("status" in ('pending', 'in_progress', 'completed', 'released', 'rejected', 'canceled')) not null default 'pending', "serial_number" text not null, "stock_location_id" text not null, "order_id" text not null, "line_item_id" text not null, "product_id" text null, "variant_id" text null, "product_title" text not null, "customer_id" text null, "sold_at_location_id" text null, "sold_at" timestamptz not null, "window_days" integer not null, "window_ends_on" text not null, "issue" text not null, "technician_id" text null, "repair_notes" text null, "parts_cost" numeric not null default 0, "labour_cost" numeric not null default 0, "override_by" text null, "override_reason" text null, "filed_by" text not null, "raw_parts_cost" jsonb not null default '{"value":"0","precision":20}', "raw_labour_cost" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_warranty_claim_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_warranty_claim_deleted_at" ON "kassa_warranty_claim" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_warranty_claim_stock_location_id_status" ON "kassa_warranty_claim" ("stock_location_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_warranty_claim_order_id" ON "kassa_warranty_claim" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_warranty_claim_product_id" ON "kassa_warranty_claim" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_warranty_claim_customer_id" ON "kassa_warranty_claim" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_warranty_claim_open_serial" ON "kassa_warranty_claim" ("serial_number") WHERE status IN ('pending', 'in_progress', 'completed') AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_warranty_replacement" ("id" text not null, "old_serial" text not null, "new_serial" text not null, "new_variant_id" text not null, "inventory_item_id" text not null, "stock_location_id" text not null, "replaced_by" text not null, "claim_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_warranty_replacement_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_warranty_replacement_claim_id_unique" ON "kassa_warranty_replacement" ("claim_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_warranty_replacement_deleted_at" ON "kassa_warranty_replacement" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_warranty_claim_event" ("id" text not null, "from_status" text null, "to_status" text not null, "actor_id" text not null, "note" text null, "claim_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_warranty_claim_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_warranty_claim_event_claim_id" ON "kassa_warranty_claim_event" ("claim_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_warranty_claim_event_deleted_at" ON "kassa_warranty_claim_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_warranty_policy" ("id" text not null, "product_id" text null, "category_id" text null, "repair_days" integer not null default 30, "replacement_days" integer not null default 7, "manufacturer_months" integer null, "no_warranty" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_warranty_policy_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_warranty_policy_deleted_at" ON "kassa_warranty_policy" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_warranty_policy_product_id_unique" ON "kassa_warranty_policy" ("product_id") WHERE product_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_warranty_policy_category_id_unique" ON "kassa_warranty_policy" ("category_id") WHERE category_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "kassa_warranty_replacement" add constraint "kassa_warranty_replacement_claim_id_foreign" foreign key ("claim_id") references "kassa_warranty_claim" ("id") on update cascade;`);

    this.addSql(`alter table if exists "kassa_warranty_claim_event" add constraint "kassa_warranty_claim_event_claim_id_foreign" foreign key ("claim_id") references "kassa_warranty_claim" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "kassa_warranty_replacement" drop constraint if exists "kassa_warranty_replacement_claim_id_foreign";`);

    this.addSql(`alter table if exists "kassa_warranty_claim_event" drop constraint if exists "kassa_warranty_claim_event_claim_id_foreign";`);

    this.addSql(`drop table if exists "kassa_warranty_defective_unit" cascade;`);

    this.addSql(`drop table if exists "kassa_warranty_serial" cascade;`);

    this.addSql(`drop table if exists "kassa_warranty_claim" cascade;`);

    this.addSql(`drop table if exists "kassa_warranty_replacement" cascade;`);

    this.addSql(`drop table if exists "kassa_warranty_claim_event" cascade;`);

    this.addSql(`drop table if exists "kassa_warranty_policy" cascade;`);
  }

}
