import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A branch can close (and reopen): when, by whom, why, and which registers the close retired. */
export class Migration20261207130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "kassa_branch" add column if not exists "closed_at" timestamptz null, add column if not exists "closed_by" text null, add column if not exists "close_reason" text null, add column if not exists "closed_register_ids" jsonb null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "kassa_branch" drop column if exists "closed_at", drop column if exists "closed_by", drop column if exists "close_reason", drop column if exists "closed_register_ids";`)
  }
}
