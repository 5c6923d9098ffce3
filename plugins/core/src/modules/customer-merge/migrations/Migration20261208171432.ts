import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261208171432 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_customer_merge" drop constraint if exists "kassa_customer_merge_from_customer_id_unique";`);
    this.addSql(`create table if not exists "kassa_customer_merge" ("id" text not null, "from_customer_id" text not null, "into_customer_id" text not null, "merged_by" text not null, "reason" text not null, "merged_at" timestamptz not null, "customers" jsonb not null, "moved" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_customer_merge_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_customer_merge_deleted_at" ON "kassa_customer_merge" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_customer_merge_from_customer_id_unique" ON "kassa_customer_merge" ("from_customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_customer_merge_into_customer_id" ON "kassa_customer_merge" ("into_customer_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_customer_merge" cascade;`);
  }

}
