import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Out of the audit log: sign-in sessions (the log records sign-ins and sign-outs itself) and
 * last_seen_at, which moves on every request.
 */
export class Migration20261122170500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`comment on table "kassa_staff_session" is 'kassa:audit=off';`)
    this.addSql(`comment on column "kassa_staff_member"."last_seen_at" is 'kassa:audit=off';`)
  }

  override async down(): Promise<void> {
    this.addSql(`comment on table "kassa_staff_session" is null;`)
    this.addSql(`comment on column "kassa_staff_member"."last_seen_at" is null;`)
  }
}
