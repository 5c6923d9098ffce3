import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207124812 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_price_state" drop constraint if exists "kassa_price_state_variant_id_currency_code_unique";`);
    this.addSql(`create table if not exists "kassa_markup_rule" ("id" text not null, "scope" text check ("scope" in ('product', 'category', 'store')) not null, "product_id" text null, "category_id" text null, "currency_code" text not null, "kind" text check ("kind" in ('percent', 'fixed')) not null, "value" text not null, "rounding" text check ("rounding" in ('none', 'peso', 'half', 'nine', 'five')) not null default 'none', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_markup_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_markup_rule_deleted_at" ON "kassa_markup_rule" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_price_review" ("id" text not null, "variant_id" text not null, "currency_code" text not null, "rule_id" text null, "old_price" numeric null, "new_price" numeric not null, "old_cost" numeric null, "new_cost" numeric not null, "status" text check ("status" in ('pending', 'applied', 'dismissed')) not null default 'pending', "reason" text null, "raw_old_price" jsonb null, "raw_new_price" jsonb not null, "raw_old_cost" jsonb null, "raw_new_cost" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_price_review_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_price_review_deleted_at" ON "kassa_price_review" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_price_state" ("id" text not null, "variant_id" text not null, "currency_code" text not null, "auto_amount" numeric null, "manual" boolean not null default false, "raw_auto_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_price_state_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_price_state_deleted_at" ON "kassa_price_state" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_price_state_variant_id_currency_code_unique" ON "kassa_price_state" ("variant_id", "currency_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_pricing_setting" ("id" text not null, "markup_apply" text check ("markup_apply" in ('review', 'immediate')) not null default 'review', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_pricing_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_pricing_setting_deleted_at" ON "kassa_pricing_setting" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_markup_rule" cascade;`);

    this.addSql(`drop table if exists "kassa_price_review" cascade;`);

    this.addSql(`drop table if exists "kassa_price_state" cascade;`);

    this.addSql(`drop table if exists "kassa_pricing_setting" cascade;`);
  }

}
