import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122150157 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_staff_member" drop constraint if exists "kassa_staff_member_user_id_unique";`);
    this.addSql(`alter table if exists "kassa_role" drop constraint if exists "kassa_role_name_unique";`);
    this.addSql(`create table if not exists "kassa_role" ("id" text not null, "name" text not null, "description" text null, "policies" text[] not null, "is_system" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_role_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_role_name_unique" ON "kassa_role" ("name") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_role_deleted_at" ON "kassa_role" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_staff_member" ("id" text not null, "user_id" text not null, "role_ids" text[] not null, "branch_ids" text[] not null, "all_branches" boolean not null default false, "phone" text null, "hire_date" timestamptz null, "avatar_url" text null, "is_active" boolean not null default true, "commission_rate" numeric null, "approval_limit" numeric null, "security_level" integer not null default 1, "pin_hash" text null, "pin_failed_count" integer not null default 0, "pin_locked_until" timestamptz null, "failed_login_count" integer not null default 0, "locked_until" timestamptz null, "last_login_at" timestamptz null, "last_logout_at" timestamptz null, "last_seen_at" timestamptz null, "raw_commission_rate" jsonb null, "raw_approval_limit" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_staff_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_staff_member_user_id_unique" ON "kassa_staff_member" ("user_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_staff_member_deleted_at" ON "kassa_staff_member" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_staff_session" ("id" text not null, "started_at" timestamptz not null, "ended_at" timestamptz null, "ip" text null, "user_agent" text null, "staff_member_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_staff_session_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_staff_session_staff_member_id" ON "kassa_staff_session" ("staff_member_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_staff_session_deleted_at" ON "kassa_staff_session" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "kassa_staff_session" add constraint "kassa_staff_session_staff_member_id_foreign" foreign key ("staff_member_id") references "kassa_staff_member" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "kassa_staff_session" drop constraint if exists "kassa_staff_session_staff_member_id_foreign";`);

    this.addSql(`drop table if exists "kassa_role" cascade;`);

    this.addSql(`drop table if exists "kassa_staff_member" cascade;`);

    this.addSql(`drop table if exists "kassa_staff_session" cascade;`);
  }

}
