import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** Pre-orders and layaways, their payments, and each branch's rules and number series. */
export class Migration20261207171700 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "kassa_preorder" ("id" text not null, "number" text not null, "kind" text check ("kind" in ('preorder', 'layaway')) not null, "status" text check ("status" in ('awaiting_stock', 'ready', 'collected', 'shipped', 'delivered', 'canceled', 'expired')) not null default 'awaiting_stock', "stock_location_id" text not null, "customer_id" text not null, "variant_id" text not null, "inventory_item_id" text not null, "title" text not null, "quantity" integer not null, "currency_code" text not null, "unit_price" numeric not null, "total" numeric not null, "expected_at" timestamptz null, "expires_at" timestamptz null, "reservation_id" text null, "allocated_at" timestamptz null, "notified_at" timestamptz null, "notify_count" integer not null default 0, "closed_at" timestamptz null, "closed_by" text null, "closed_at_location_id" text null, "close_reason" text null, "serial_numbers" jsonb null, "note" text null, "delivery" jsonb null, "created_by" text not null, "raw_unit_price" jsonb not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_preorder_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_preorder_deleted_at" ON "kassa_preorder" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_preorder_number_unique" ON "kassa_preorder" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_preorder_stock_location_id_inventory_item_id_status" ON "kassa_preorder" ("stock_location_id", "inventory_item_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_preorder_customer_id" ON "kassa_preorder" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_preorder_payment" ("id" text not null, "preorder_id" text not null, "type" text check ("type" in ('deposit', 'payment', 'refund')) not null, "tender" text not null, "amount" numeric not null, "stock_location_id" text not null, "receipt_number" text not null, "created_by" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_preorder_payment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_preorder_payment_preorder_id" ON "kassa_preorder_payment" ("preorder_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_preorder_payment_deleted_at" ON "kassa_preorder_payment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_preorder_payment_receipt_number_unique" ON "kassa_preorder_payment" ("receipt_number") WHERE deleted_at IS NULL;`);
    this.addSql(`alter table if exists "kassa_preorder_payment" add constraint "kassa_preorder_payment_preorder_id_foreign" foreign key ("preorder_id") references "kassa_preorder" ("id") on update cascade;`);

    this.addSql(`create table if not exists "kassa_preorder_settings" ("id" text not null, "stock_location_id" text not null, "deposit_percent" integer not null default 20, "deposit_amount" numeric null, "cancel_fee_percent" integer not null default 0, "layaway_days" integer not null default 30, "reminder_days" integer not null default 3, "last_number" integer not null default 0, "raw_deposit_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_preorder_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_preorder_settings_deleted_at" ON "kassa_preorder_settings" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_preorder_settings_stock_location_id_unique" ON "kassa_preorder_settings" ("stock_location_id") WHERE deleted_at IS NULL;`);
    // The series counter moves with every pre-order taken: the pre-order's own row says that.
    this.addSql(`comment on column "kassa_preorder_settings"."last_number" is 'kassa:audit=off';`);

    // Payments are a ledger: a mistake is corrected by a refund row, never by editing one.
    this.addSql(`create or replace function kassa_preorder_payment_immutable() returns trigger language plpgsql as $$
      begin
        raise exception 'Pre-order payments are immutable: record a refund instead';
      end $$;`);
    this.addSql(`drop trigger if exists kassa_preorder_payment_immutable on "kassa_preorder_payment";`);
    this.addSql(`create trigger kassa_preorder_payment_immutable before update on "kassa_preorder_payment" for each row execute function kassa_preorder_payment_immutable();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_preorder_payment" cascade;`);
    this.addSql(`drop table if exists "kassa_preorder" cascade;`);
    this.addSql(`drop table if exists "kassa_preorder_settings" cascade;`);
    this.addSql(`drop function if exists kassa_preorder_payment_immutable();`);
  }

}
