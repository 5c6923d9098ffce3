import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A branch may print its own logo instead of the store's. */
export class Migration20261207140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_branch" add column if not exists "logo_file_id" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "kassa_branch" drop column if exists "logo_file_id";`)
  }
}
