import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * An earning keeps the tier its member held at that sale, so a receipt reprinted later shows the
 * tier as it was then (the balance as of the sale comes from the ledger's running sum).
 */
export class Migration20261207183000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_loyalty_entry" add column if not exists "tier_name" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "kassa_loyalty_entry" drop column if exists "tier_name";`)
  }
}
