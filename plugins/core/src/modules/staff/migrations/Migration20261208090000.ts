import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Admin cookie sessions when Medusa has no Redis to keep them in (access/session-store.ts). */
export class Migration20261208090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "kassa_http_session" (
      "sid" text not null, "sess" jsonb not null, "expires_at" timestamptz not null,
      constraint "kassa_http_session_pkey" primary key ("sid"));`)
    this.addSql(`create index if not exists "IDX_kassa_http_session_expires_at" on "kassa_http_session" ("expires_at");`)
    // Sessions are rewritten on every admin request: the sign-ins themselves are audited instead.
    this.addSql(`comment on table "kassa_http_session" is 'kassa:audit=off';`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_http_session" cascade;`)
  }
}
