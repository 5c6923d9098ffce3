import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Sign-in counters per account-and-address and per address. Written only by single upserts in
 * the staff service (no model: nothing reads them through the ORM), and out of the audit log,
 * which records each sign-in and failure itself.
 */
export class Migration20261205173000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "kassa_sign_in_throttle" (
      "key" text not null primary key,
      "attempts" integer not null default 0,
      "window_ends_at" timestamptz not null,
      "locked_until" timestamptz null
    );`)
    this.addSql(`comment on table "kassa_sign_in_throttle" is 'kassa:audit=off';`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_sign_in_throttle";`)
  }
}
