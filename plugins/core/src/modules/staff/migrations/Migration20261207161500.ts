import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Secret API keys' Kassa access (roles, branches, rate limit), and the per-minute call counts
 * the rate limit keeps when there is no Redis.
 */
export class Migration20261207161500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "kassa_api_key_access" (
      "id" text not null, "api_key_id" text not null, "role_ids" text[] not null default '{}', "branch_ids" text[] not null default '{}',
      "all_branches" boolean not null default false, "rate_limit_per_minute" integer null,
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
      constraint "kassa_api_key_access_pkey" primary key ("id"));`)
    this.addSql(`create unique index if not exists "IDX_kassa_api_key_access_api_key_id_unique" on "kassa_api_key_access" ("api_key_id") where deleted_at is null;`)
    this.addSql(`create table if not exists "kassa_api_key_usage" (
      "api_key_id" text not null, "minute" timestamptz not null, "calls" integer not null,
      constraint "kassa_api_key_usage_pkey" primary key ("api_key_id", "minute"));`)
    // Counts for the rate limit, not records: each call is audited as api_key.call instead.
    this.addSql(`comment on table "kassa_api_key_usage" is 'kassa:audit=off';`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_api_key_usage" cascade;`)
    this.addSql(`drop table if exists "kassa_api_key_access" cascade;`)
  }
}
