import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** Gift card validity in the store-wide settings: months from a card's sale, or null (never, the default). */
export class Migration20261207003100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_store_credit_settings" add column if not exists "gift_card_validity_months" integer null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "kassa_store_credit_settings" drop column if exists "gift_card_validity_months";`);
  }

}
