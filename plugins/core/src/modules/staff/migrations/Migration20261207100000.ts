import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A role may require a second factor: its staff reach only their enrolment until they have one. */
export class Migration20261207100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_role" add column if not exists "requires_second_factor" boolean not null default false;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "kassa_role" drop column if exists "requires_second_factor";`)
  }
}
