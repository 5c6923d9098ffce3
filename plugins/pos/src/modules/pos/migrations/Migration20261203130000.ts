import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The version of the store's setup that the counter caches (see cache/config-cache.ts): one row,
 * moved on by a statement trigger on each of Medusa's tables it comes from, in the writing
 * transaction. The triggers are put on those tables when the app starts (they may not exist
 * yet when this runs).
 */
export class Migration20261203130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "kassa_pos_config_version" ("id" int primary key default 1 check ("id" = 1), "version" bigint not null default 0);`)
    this.addSql(`insert into "kassa_pos_config_version" ("id") values (1) on conflict do nothing;`)
    // Moves on with every setup change: nothing to audit here (the changed tables are audited).
    this.addSql(`comment on table "kassa_pos_config_version" is 'kassa:audit=off';`)
    this.addSql(`create or replace function kassa_pos_config_changed() returns trigger language plpgsql as $$
begin
  update kassa_pos_config_version set version = version + 1 where id = 1;
  return null;
end $$;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists kassa_pos_config_changed() cascade;`)
    this.addSql(`drop table if exists "kassa_pos_config_version" cascade;`)
  }
}
