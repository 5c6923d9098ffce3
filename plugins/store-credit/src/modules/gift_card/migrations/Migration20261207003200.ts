import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * `expiry` entries (what was left on a card when its validity ran out, written by the daily job)
 * and the store lookup's counters per address and minute, shared by every server process. A
 * card's code leaves the audit log: the log and the order's history showed it in full to anyone
 * who may read them, and the code is what spends the card.
 */
export class Migration20261207003200 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_gift_card_entry" drop constraint if exists "kassa_gift_card_entry_type_check";`);
    this.addSql(`alter table if exists "kassa_gift_card_entry" add constraint "kassa_gift_card_entry_type_check" check ("type" in ('issue', 'redeem', 'reversal', 'expiry'));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_gift_card_expires_at" ON "kassa_gift_card" ("expires_at") WHERE deleted_at IS NULL AND expires_at IS NOT NULL;`);

    // Written only by one upsert per lookup (no model: nothing reads it through the ORM); out of
    // the audit log, which would otherwise record every balance check.
    this.addSql(`create table if not exists "kassa_gift_card_lookup_window" (
      "key" text not null primary key,
      "count" integer not null,
      "window_ends_at" timestamptz not null
    );`);
    this.addSql(`comment on table "kassa_gift_card_lookup_window" is 'kassa:audit=off';`);
    this.addSql(`comment on column "kassa_gift_card"."code" is 'kassa:audit=off';`);
  }

  override async down(): Promise<void> {
    this.addSql(`comment on column "kassa_gift_card"."code" is null;`);
    this.addSql(`drop table if exists "kassa_gift_card_lookup_window";`);
    this.addSql(`drop index if exists "IDX_kassa_gift_card_expires_at";`);
    this.addSql(`alter table if exists "kassa_gift_card_entry" drop constraint if exists "kassa_gift_card_entry_type_check";`);
    this.addSql(`alter table if exists "kassa_gift_card_entry" add constraint "kassa_gift_card_entry_type_check" check ("type" in ('issue', 'redeem', 'reversal'));`);
  }

}
