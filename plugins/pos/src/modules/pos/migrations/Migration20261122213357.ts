import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122213357 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_pos_ticket_line" add column if not exists "stock_items" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "kassa_pos_ticket_line" drop column if exists "stock_items";`);
  }

}
