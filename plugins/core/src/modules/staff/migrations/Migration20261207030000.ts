import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Two-factor sign-in on Medusa's MFA: when a staff member's first factor was enabled (a sign-in
 * from before it opens nothing since), and the authenticator codes already used, each kept until
 * it can no longer be valid, so a code is taken once (Medusa alone accepts it again within its
 * window). Used codes are single upserts in the staff service, out of the audit log. An owner's
 * resets of someone's factors, with the reason.
 */
export class Migration20261207030000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_staff_member" add column if not exists "second_factor_since" timestamptz null;`)
    this.addSql(`create table if not exists "kassa_mfa_code_use" ("key" text not null primary key, "valid_until" timestamptz not null);`)
    this.addSql(`comment on table "kassa_mfa_code_use" is 'kassa:audit=off';`)
    this.addSql(`create table if not exists "kassa_second_factor_reset" (
      "id" text not null, "staff_member_id" text not null, "reset_by" text not null, "reason" text not null, "factors_disabled" integer not null,
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
      constraint "kassa_second_factor_reset_pkey" primary key ("id"));`)
    this.addSql(`create index if not exists "IDX_kassa_second_factor_reset_staff_member_id" on "kassa_second_factor_reset" ("staff_member_id") where deleted_at is null;`)
    this.addSql(`create index if not exists "IDX_kassa_second_factor_reset_deleted_at" on "kassa_second_factor_reset" ("deleted_at") where deleted_at is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_second_factor_reset";`)
    this.addSql(`drop table if exists "kassa_mfa_code_use";`)
    this.addSql(`alter table if exists "kassa_staff_member" drop column if exists "second_factor_since";`)
  }
}
