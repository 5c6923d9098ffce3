import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207152600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "kassa_loyalty_settings" ("id" text not null, "spend_per_point" integer not null, "rounding" text check ("rounding" in ('down', 'nearest', 'up')) not null, "earn_on_tax" boolean not null, "non_earning_tenders" jsonb not null, "point_value" integer not null, "min_redeem_points" integer not null, "max_redeem_percent" integer not null, "expiry_mode" text check ("expiry_mode" in ('none', 'earned', 'inactivity')) not null, "expiry_months" integer not null, "tier_basis" text check ("tier_basis" in ('spend', 'points')) not null, "tier_window_months" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_loyalty_settings_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_loyalty_settings_deleted_at" ON "kassa_loyalty_settings" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "kassa_loyalty_tier" ("id" text not null, "name" text not null, "threshold" integer not null, "earn_multiplier_percent" integer not null, "customer_group_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_loyalty_tier_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_loyalty_tier_deleted_at" ON "kassa_loyalty_tier" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_loyalty_tier_threshold_unique" ON "kassa_loyalty_tier" ("threshold") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "kassa_loyalty_account" ("id" text not null, "customer_id" text not null, "marketing_consent" boolean not null, "enrolled_at" timestamptz not null, "enrolled_location_id" text null, "enrolled_by" text null, "tier_id" text null, "tier_changed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_loyalty_account_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_loyalty_account_deleted_at" ON "kassa_loyalty_account" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_loyalty_account_customer_id_unique" ON "kassa_loyalty_account" ("customer_id") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "kassa_loyalty_entry" ("id" text not null, "account_id" text not null, "sequence" integer not null, "type" text check ("type" in ('earn', 'redeem', 'expire', 'adjust', 'reverse')) not null, "points" integer not null, "spend" integer not null, "value" integer not null, "shortfall" integer not null, "reason" text null, "reference_type" text null, "reference_id" text null, "source_id" text null, "stock_location_id" text null, "actor_id" text null, "expires_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_loyalty_entry_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_loyalty_entry_account_id" ON "kassa_loyalty_entry" ("account_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_loyalty_entry_deleted_at" ON "kassa_loyalty_entry" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_loyalty_entry_account_id_sequence_unique" ON "kassa_loyalty_entry" ("account_id", "sequence");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_loyalty_entry_reference_type_reference_id" ON "kassa_loyalty_entry" ("reference_type", "reference_id") WHERE deleted_at IS NULL;`)
    // "Each once": an order earns once and a return or void takes back once, however often its
    // event is delivered; the index decides, not a read before the write.
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_loyalty_entry_once" ON "kassa_loyalty_entry" ("type", "reference_type", "reference_id") WHERE type in ('earn', 'reverse') and reference_id is not null;`)
    this.addSql(`alter table if exists "kassa_loyalty_entry" add constraint "kassa_loyalty_entry_account_id_foreign" foreign key ("account_id") references "kassa_loyalty_account" ("id") on update cascade;`)

    // The ledger is append-only: a mistake is corrected by an adjustment or a reversal, never by editing history.
    this.addSql(`create or replace function kassa_loyalty_entry_immutable() returns trigger language plpgsql as $$
      begin
        raise exception 'Loyalty point entries are immutable: write an adjustment or a reversal instead';
      end $$;`)
    this.addSql(`drop trigger if exists kassa_loyalty_entry_immutable on "kassa_loyalty_entry";`)
    this.addSql(`create trigger kassa_loyalty_entry_immutable before update or delete on "kassa_loyalty_entry" for each row execute function kassa_loyalty_entry_immutable();`)

    // The programme a new install starts with: a point per ₱100 paid (VAT included), worth ₱1;
    // points, store credit and gift cards earn nothing; points lapse a year after they were earned;
    // tiers by qualifying spend over twelve months.
    this.addSql(`insert into "kassa_loyalty_settings" (id, spend_per_point, rounding, earn_on_tax, non_earning_tenders, point_value, min_redeem_points, max_redeem_percent, expiry_mode, expiry_months, tier_basis, tier_window_months)
      values ('lyset_store', 10000, 'down', true, '["loyalty_points","store_credit","gift_card"]', 100, 10, 50, 'earned', 12, 'spend', 12) on conflict (id) do nothing;`)
    this.addSql(`insert into "kassa_loyalty_tier" (id, name, threshold, earn_multiplier_percent) values
      ('lytier_bronze', 'Bronze', 0, 100), ('lytier_silver', 'Silver', 2000000, 110), ('lytier_gold', 'Gold', 5000000, 125), ('lytier_platinum', 'Platinum', 15000000, 150)
      on conflict (id) do nothing;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_loyalty_entry" cascade;`)
    this.addSql(`drop table if exists "kassa_loyalty_account" cascade;`)
    this.addSql(`drop table if exists "kassa_loyalty_tier" cascade;`)
    this.addSql(`drop table if exists "kassa_loyalty_settings" cascade;`)
    this.addSql(`drop function if exists kassa_loyalty_entry_immutable();`)
  }
}
