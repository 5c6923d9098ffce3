import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Cost prices are audited like every Kassa table: the audit plugin watches kassa_* tables and
 * those whose comment opts them in (this one predates the prefix). A comment, not an import: core
 * names no other plugin.
 */
export class Migration20261207160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`comment on table "variant_cost" is 'kassa:audit=on';`)
  }

  override async down(): Promise<void> {
    this.addSql(`comment on table "variant_cost" is null;`)
  }
}
