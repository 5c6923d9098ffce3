import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205171500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_installment_credit_officer" drop constraint if exists "kassa_installment_credit_officer_staff_member_id_unique";`);
    this.addSql(`create table if not exists "kassa_installment_credit_officer" ("id" text not null, "staff_member_id" text not null, "approval_limit" numeric null, "security_level" integer not null default 1, "raw_approval_limit" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_installment_credit_officer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_installment_credit_officer_staff_member_id_unique" ON "kassa_installment_credit_officer" ("staff_member_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_installment_credit_officer_deleted_at" ON "kassa_installment_credit_officer" ("deleted_at") WHERE deleted_at IS NULL;`);

    // Approval limits and security levels used to live on core's staff member: today's values
    // move here (core's columns stay until every install has run this, then core drops them).
    this.addSql(`do $$ begin
      if exists (select 1 from information_schema.columns where table_name = 'kassa_staff_member' and column_name = 'approval_limit') then
        insert into "kassa_installment_credit_officer" ("id", "staff_member_id", "approval_limit", "raw_approval_limit", "security_level")
        select 'icof_' || replace(gen_random_uuid()::text, '-', ''), s."id", s."approval_limit", s."raw_approval_limit", s."security_level"
        from "kassa_staff_member" s
        where s."deleted_at" is null and (s."approval_limit" is not null or s."security_level" <> 1)
        on conflict ("staff_member_id") where "deleted_at" is null do nothing;
      end if;
    end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_installment_credit_officer" cascade;`);
  }

}
