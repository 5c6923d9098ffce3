import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A staff member archived (deactivated with a reason) records when, by whom and why; restoring clears it. */
export class Migration20261207123000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_staff_member" add column if not exists "archived_at" timestamptz null, add column if not exists "archived_by" text null, add column if not exists "archive_reason" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "kassa_staff_member" drop column if exists "archived_at", drop column if exists "archived_by", drop column if exists "archive_reason";`)
  }
}
