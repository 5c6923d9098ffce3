import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122170730 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_pos_ticket" drop constraint if exists "kassa_pos_ticket_order_id_unique";`);
    this.addSql(`alter table if exists "kassa_pos_commission" drop constraint if exists "kassa_pos_commission_order_id_unique";`);
    this.addSql(`alter table if exists "kassa_pos_checkout_key" drop constraint if exists "kassa_pos_checkout_key_key_unique";`);
    this.addSql(`alter table if exists "kassa_pos_branch_settings" drop constraint if exists "kassa_pos_branch_settings_stock_location_id_unique";`);
    this.addSql(`create table if not exists "kassa_pos_branch_settings" ("id" text not null, "stock_location_id" text not null, "receipt_pattern" text not null default '{branch}-{yyyy}{mm}-{seq:6}', "receipt_period" text null, "receipt_last" integer not null default 0, "allow_negative_stock" boolean not null default false, "warranty_terms" text not null default 'Items carry the manufacturer''s warranty; keep this receipt for claims.', "other_tenders" jsonb not null default '{"methods":[{"id":"bank_transfer","label":"Bank transfer"},{"id":"ewallet","label":"E-wallet"}]}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_pos_branch_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_pos_branch_settings_stock_location_id_unique" ON "kassa_pos_branch_settings" ("stock_location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_branch_settings_deleted_at" ON "kassa_pos_branch_settings" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_pos_checkout_key" ("id" text not null, "key" text not null, "ticket_id" text not null, "request_hash" text not null, "status" text check ("status" in ('pending', 'completed')) not null default 'pending', "order_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_pos_checkout_key_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_pos_checkout_key_key_unique" ON "kassa_pos_checkout_key" ("key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_checkout_key_deleted_at" ON "kassa_pos_checkout_key" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_pos_commission" ("id" text not null, "order_id" text not null, "staff_member_id" text not null, "stock_location_id" text not null, "rate" numeric not null, "base_amount" numeric not null, "amount" numeric not null, "raw_rate" jsonb not null, "raw_base_amount" jsonb not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_pos_commission_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_pos_commission_order_id_unique" ON "kassa_pos_commission" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_commission_deleted_at" ON "kassa_pos_commission" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_commission_staff_member_id_created_at" ON "kassa_pos_commission" ("staff_member_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_pos_tender" ("id" text not null, "ticket_id" text not null, "order_id" text not null, "stock_location_id" text not null, "method" text not null, "amount" numeric not null, "tendered" numeric null, "change" numeric null, "reference" text null, "card_last4" text null, "approval_code" text null, "payment_id" text null, "metadata" jsonb null, "raw_amount" jsonb not null, "raw_tendered" jsonb null, "raw_change" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_pos_tender_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_tender_deleted_at" ON "kassa_pos_tender" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_tender_order_id" ON "kassa_pos_tender" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_tender_stock_location_id_method" ON "kassa_pos_tender" ("stock_location_id", "method") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_pos_ticket" ("id" text not null, "stock_location_id" text not null, "register_id" text not null, "opened_by" text not null, "sales_agent_id" text null, "customer_id" text null, "status" text check ("status" in ('open', 'parked', 'completed', 'voided')) not null default 'open', "region_id" text not null, "sales_channel_id" text not null, "currency_code" text not null, "promo_codes" text[] not null default '{}', "discount_type" text check ("discount_type" in ('amount', 'percent')) null, "discount_value" numeric null, "note" text null, "order_id" text null, "receipt_number" text null, "completed_at" timestamptz null, "raw_discount_value" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_pos_ticket_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_ticket_deleted_at" ON "kassa_pos_ticket" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_ticket_stock_location_id_status" ON "kassa_pos_ticket" ("stock_location_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_ticket_register_id_status" ON "kassa_pos_ticket" ("register_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_pos_ticket_order_id_unique" ON "kassa_pos_ticket" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_pos_ticket_line" ("id" text not null, "ticket_id" text not null, "variant_id" text not null, "product_id" text not null, "title" text not null, "variant_title" text null, "sku" text null, "barcode" text null, "thumbnail" text null, "quantity" integer not null, "unit_price" numeric not null, "is_tax_inclusive" boolean not null default true, "override_price" numeric null, "override_reason" text null, "override_by" text null, "discount_type" text check ("discount_type" in ('amount', 'percent')) null, "discount_value" numeric null, "requires_serial" boolean not null default false, "serial_numbers" text[] not null default '{}', "raw_unit_price" jsonb not null, "raw_override_price" jsonb null, "raw_discount_value" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_pos_ticket_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_ticket_line_ticket_id" ON "kassa_pos_ticket_line" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pos_ticket_line_deleted_at" ON "kassa_pos_ticket_line" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "kassa_pos_ticket_line" add constraint "kassa_pos_ticket_line_ticket_id_foreign" foreign key ("ticket_id") references "kassa_pos_ticket" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "kassa_pos_ticket_line" drop constraint if exists "kassa_pos_ticket_line_ticket_id_foreign";`);

    this.addSql(`drop table if exists "kassa_pos_branch_settings" cascade;`);

    this.addSql(`drop table if exists "kassa_pos_checkout_key" cascade;`);

    this.addSql(`drop table if exists "kassa_pos_commission" cascade;`);

    this.addSql(`drop table if exists "kassa_pos_tender" cascade;`);

    this.addSql(`drop table if exists "kassa_pos_ticket" cascade;`);

    this.addSql(`drop table if exists "kassa_pos_ticket_line" cascade;`);
  }

}
