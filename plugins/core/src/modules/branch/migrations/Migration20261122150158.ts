import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122150158 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_register" drop constraint if exists "kassa_register_branch_id_code_unique";`);
    this.addSql(`alter table if exists "kassa_plugin_switch" drop constraint if exists "kassa_plugin_switch_branch_id_plugin_unique";`);
    this.addSql(`alter table if exists "kassa_branch" drop constraint if exists "kassa_branch_code_unique";`);
    this.addSql(`alter table if exists "kassa_branch" drop constraint if exists "kassa_branch_stock_location_id_unique";`);
    this.addSql(`create table if not exists "kassa_branch" ("id" text not null, "stock_location_id" text not null, "sales_channel_id" text null, "code" text not null, "address" text null, "phone" text null, "tax_id" text null, "receipt_header" text null, "receipt_footer" text null, "timezone" text not null default 'Asia/Manila', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_branch_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_branch_stock_location_id_unique" ON "kassa_branch" ("stock_location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_branch_code_unique" ON "kassa_branch" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_branch_deleted_at" ON "kassa_branch" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_plugin_switch" ("id" text not null, "plugin" text not null, "enabled" boolean not null, "branch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_plugin_switch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_plugin_switch_branch_id" ON "kassa_plugin_switch" ("branch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_plugin_switch_deleted_at" ON "kassa_plugin_switch" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_plugin_switch_branch_id_plugin_unique" ON "kassa_plugin_switch" ("branch_id", "plugin") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_register" ("id" text not null, "name" text not null, "code" text not null, "is_active" boolean not null default true, "branch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_register_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_register_branch_id" ON "kassa_register" ("branch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_register_deleted_at" ON "kassa_register" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_register_branch_id_code_unique" ON "kassa_register" ("branch_id", "code") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "kassa_plugin_switch" add constraint "kassa_plugin_switch_branch_id_foreign" foreign key ("branch_id") references "kassa_branch" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "kassa_register" add constraint "kassa_register_branch_id_foreign" foreign key ("branch_id") references "kassa_branch" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "kassa_plugin_switch" drop constraint if exists "kassa_plugin_switch_branch_id_foreign";`);

    this.addSql(`alter table if exists "kassa_register" drop constraint if exists "kassa_register_branch_id_foreign";`);

    this.addSql(`drop table if exists "kassa_branch" cascade;`);

    this.addSql(`drop table if exists "kassa_plugin_switch" cascade;`);

    this.addSql(`drop table if exists "kassa_register" cascade;`);
  }

}
