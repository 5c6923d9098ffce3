import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A session knows the sign-in it stands for: a hash of its token (a bearer client's requests
 * carry the token) and, once the admin turns the token into a cookie session, that session's id.
 * A sign-out, or a session ended from the staff member's profile, then ends exactly that sign-in.
 */
export class Migration20261207110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_staff_session" add column if not exists "token_key" text null, add column if not exists "cookie_session_id" text null, add column if not exists "expires_at" timestamptz null;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_staff_session_token_key" ON "kassa_staff_session" ("token_key") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_staff_session_cookie_session_id" ON "kassa_staff_session" ("cookie_session_id") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_kassa_staff_session_token_key";`)
    this.addSql(`drop index if exists "IDX_kassa_staff_session_cookie_session_id";`)
    this.addSql(`alter table if exists "kassa_staff_session" drop column if exists "token_key", drop column if exists "cookie_session_id", drop column if exists "expires_at";`)
  }
}
