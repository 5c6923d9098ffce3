import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206191000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "kassa_store_credit_account" ("id" text not null, "customer_id" text not null, "currency_code" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_store_credit_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_store_credit_account_deleted_at" ON "kassa_store_credit_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_store_credit_account_customer_id_currency_code_unique" ON "kassa_store_credit_account" ("customer_id", "currency_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_store_credit_transaction" ("id" text not null, "account_id" text not null, "sequence" integer not null, "type" text check ("type" in ('credit', 'debit', 'expiry', 'reversal')) not null, "amount" numeric not null, "reason" text null, "reference_type" text null, "reference_id" text null, "source_id" text null, "stock_location_id" text null, "actor_id" text null, "expires_at" timestamptz null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_store_credit_transaction_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_store_credit_transaction_account_id" ON "kassa_store_credit_transaction" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_store_credit_transaction_deleted_at" ON "kassa_store_credit_transaction" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_store_credit_transaction_account_id_sequence_unique" ON "kassa_store_credit_transaction" ("account_id", "sequence");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_store_credit_transaction_reference_type_reference_id" ON "kassa_store_credit_transaction" ("reference_type", "reference_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_store_credit_transaction_source_id" ON "kassa_store_credit_transaction" ("source_id") WHERE deleted_at IS NULL;`);
    this.addSql(`alter table if exists "kassa_store_credit_transaction" add constraint "kassa_store_credit_transaction_account_id_foreign" foreign key ("account_id") references "kassa_store_credit_account" ("id") on update cascade;`);

    // The ledger is append-only: a mistake is corrected by a reversal, never by editing history.
    this.addSql(`create or replace function kassa_store_credit_transaction_immutable() returns trigger language plpgsql as $$
      begin
        raise exception 'Store credit transactions are immutable: write a reversal instead';
      end $$;`);
    this.addSql(`drop trigger if exists kassa_store_credit_transaction_immutable on "kassa_store_credit_transaction";`);
    this.addSql(`create trigger kassa_store_credit_transaction_immutable before update or delete on "kassa_store_credit_transaction" for each row execute function kassa_store_credit_transaction_immutable();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_store_credit_transaction" cascade;`);
    this.addSql(`drop table if exists "kassa_store_credit_account" cascade;`);
    this.addSql(`drop function if exists kassa_store_credit_transaction_immutable();`);
  }

}
