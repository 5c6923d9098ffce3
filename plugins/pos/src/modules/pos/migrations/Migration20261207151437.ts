import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Exchanges may wait for approval too: a request's kind and the new goods it asks for. */
export class Migration20261207151437 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "kassa_pos_return_request" add column if not exists "kind" text check ("kind" in ('return', 'exchange')) not null default 'return', add column if not exists "new_lines" jsonb null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "kassa_pos_return_request" drop column if exists "kind", drop column if exists "new_lines";`)
  }
}
