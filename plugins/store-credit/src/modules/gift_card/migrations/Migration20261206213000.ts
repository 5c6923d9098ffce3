import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206213000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "kassa_gift_card" ("id" text not null, "code" text not null, "currency_code" text not null, "amount" numeric not null, "order_id" text not null, "variant_id" text null, "stock_location_id" text not null, "sold_by" text null, "expires_at" timestamptz null, "disabled_at" timestamptz null, "disabled_by" text null, "disabled_reason" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_gift_card_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_gift_card_code_unique" ON "kassa_gift_card" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_gift_card_order_id" ON "kassa_gift_card" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_gift_card_deleted_at" ON "kassa_gift_card" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_gift_card_entry" ("id" text not null, "gift_card_id" text not null, "sequence" integer not null, "type" text check ("type" in ('issue', 'redeem', 'reversal')) not null, "amount" numeric not null, "order_id" text null, "source_id" text null, "stock_location_id" text null, "actor_id" text null, "reason" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_gift_card_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_gift_card_entry_gift_card_id" ON "kassa_gift_card_entry" ("gift_card_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_gift_card_entry_deleted_at" ON "kassa_gift_card_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_gift_card_entry_gift_card_id_sequence_unique" ON "kassa_gift_card_entry" ("gift_card_id", "sequence");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_gift_card_entry_order_id" ON "kassa_gift_card_entry" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`alter table if exists "kassa_gift_card_entry" add constraint "kassa_gift_card_entry_gift_card_id_foreign" foreign key ("gift_card_id") references "kassa_gift_card" ("id") on update cascade;`);

    // A card's ledger is append-only, as the store credit's: a redemption is given back by a reversal.
    this.addSql(`create or replace function kassa_gift_card_entry_immutable() returns trigger language plpgsql as $$
      begin
        raise exception 'Gift card entries are immutable: write a reversal instead';
      end $$;`);
    this.addSql(`drop trigger if exists kassa_gift_card_entry_immutable on "kassa_gift_card_entry";`);
    this.addSql(`create trigger kassa_gift_card_entry_immutable before update or delete on "kassa_gift_card_entry" for each row execute function kassa_gift_card_entry_immutable();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_gift_card_entry" cascade;`);
    this.addSql(`drop table if exists "kassa_gift_card" cascade;`);
    this.addSql(`drop function if exists kassa_gift_card_entry_immutable();`);
  }

}
