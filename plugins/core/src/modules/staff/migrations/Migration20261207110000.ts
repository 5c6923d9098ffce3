import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A session knows the sign-in token it stands for (its issue and expiry times), so that a
 * sign-out, or a session ended from the staff member's profile, ends that token too.
 */
export class Migration20261207110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_staff_session" add column if not exists "issued_at" timestamptz null, add column if not exists "expires_at" timestamptz null;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_staff_session_staff_member_id_issued_at" ON "kassa_staff_session" ("staff_member_id", "issued_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_kassa_staff_session_staff_member_id_issued_at";`)
    this.addSql(`alter table if exists "kassa_staff_session" drop column if exists "issued_at", drop column if exists "expires_at";`)
  }
}
