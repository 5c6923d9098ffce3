import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Two-factor sign-in on Medusa's MFA: when a staff member's first factor was enabled (a sign-in
 * from before it opens nothing since), and the authenticator codes already used, each kept until
 * it can no longer be valid, so a code is taken once (Medusa alone accepts it again within its
 * window). Used codes are single upserts in the staff service, out of the audit log.
 */
export class Migration20261207030000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_staff_member" add column if not exists "second_factor_since" timestamptz null;`)
    this.addSql(`create table if not exists "kassa_mfa_code_use" ("key" text not null primary key, "valid_until" timestamptz not null);`)
    this.addSql(`comment on table "kassa_mfa_code_use" is 'kassa:audit=off';`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_mfa_code_use";`)
    this.addSql(`alter table if exists "kassa_staff_member" drop column if exists "second_factor_since";`)
  }
}
