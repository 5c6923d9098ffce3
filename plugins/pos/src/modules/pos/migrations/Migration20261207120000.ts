import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A branch may e-mail every sale's receipt to its customer as the sale completes (off by default). */
export class Migration20261207120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_pos_branch_settings" add column if not exists "email_receipts" boolean not null default false;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "kassa_pos_branch_settings" drop column if exists "email_receipts";`)
  }
}
