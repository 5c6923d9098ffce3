import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Customer profiles (gender, birthday, marketing consent, a note) beside Medusa's customer, and
 * the store's frequent-customer rule. Both tables are kassa_*: the audit log captures every
 * change with its before and after.
 */
export class Migration20261208031700 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_frequent_rule" drop constraint if exists "kassa_frequent_rule_scope_unique";`);
    this.addSql(`alter table if exists "kassa_customer_profile" drop constraint if exists "kassa_customer_profile_customer_id_unique";`);
    this.addSql(`create table if not exists "kassa_customer_profile" ("id" text not null, "customer_id" text not null, "gender" text check ("gender" in ('female', 'male', 'other', 'prefer_not_to_say')) null, "birthday" text null, "marketing_consent" boolean not null default false, "marketing_consent_at" timestamptz null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_customer_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_customer_profile_customer_id_unique" ON "kassa_customer_profile" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_customer_profile_deleted_at" ON "kassa_customer_profile" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_frequent_rule" ("id" text not null, "scope" text not null default 'store', "enabled" boolean not null default true, "min_purchases" integer null, "min_spend" numeric null, "currency_code" text not null default 'php', "months" integer not null default 12, "match" text check ("match" in ('any', 'all')) not null default 'any', "raw_min_spend" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_frequent_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_frequent_rule_scope_unique" ON "kassa_frequent_rule" ("scope") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_frequent_rule_deleted_at" ON "kassa_frequent_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_customer_profile" cascade;`);

    this.addSql(`drop table if exists "kassa_frequent_rule" cascade;`);
  }

}
