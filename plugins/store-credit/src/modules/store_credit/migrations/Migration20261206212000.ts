import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** The store-wide settings row (default expiry, reminder days) and the expiry e-mails sent. */
export class Migration20261206212000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "kassa_store_credit_settings" ("id" text not null, "expiry_months" integer null, "reminder_days" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_store_credit_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_store_credit_settings_deleted_at" ON "kassa_store_credit_settings" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_store_credit_reminder" ("id" text not null, "transaction_id" text not null, "account_id" text not null, "sent_to" text not null, "notification_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_store_credit_reminder_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_store_credit_reminder_deleted_at" ON "kassa_store_credit_reminder" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_store_credit_reminder_transaction_id_unique" ON "kassa_store_credit_reminder" ("transaction_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_store_credit_reminder" cascade;`);
    this.addSql(`drop table if exists "kassa_store_credit_settings" cascade;`);
  }

}
