import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Out of the audit log's row capture: a staff member's sign-in bookkeeping. The log records each
 * sign-in, failure and sign-out itself as an access event naming the person; captured as rows,
 * the same sign-in also showed as an update of the staff member by "anonymous" (the request
 * that signs in carries no one yet). A lock (locked_until) and its lifting stay captured.
 */
export class Migration20261206050000 extends Migration {
  override async up(): Promise<void> {
    for (const column of ["last_login_at", "last_logout_at", "failed_login_count"]) {
      this.addSql(`comment on column "kassa_staff_member"."${column}" is 'kassa:audit=off';`)
    }
  }

  override async down(): Promise<void> {
    for (const column of ["last_login_at", "last_logout_at", "failed_login_count"]) {
      this.addSql(`comment on column "kassa_staff_member"."${column}" is null;`)
    }
  }
}
