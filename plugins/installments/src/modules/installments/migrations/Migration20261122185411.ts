import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122185411 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kassa_installment_terms" drop constraint if exists "kassa_installment_terms_stock_location_id_unique";`);
    this.addSql(`alter table if exists "kassa_installment_reminder" drop constraint if exists "kassa_installment_reminder_installment_id_kind_unique";`);
    this.addSql(`alter table if exists "kassa_installment" drop constraint if exists "kassa_installment_plan_id_sequence_unique";`);
    this.addSql(`alter table if exists "kassa_installment_payment" drop constraint if exists "kassa_installment_payment_receipt_number_unique";`);
    this.addSql(`alter table if exists "kassa_installment_plan" drop constraint if exists "kassa_installment_plan_order_id_unique";`);
    this.addSql(`alter table if exists "kassa_installment_credit_profile" drop constraint if exists "kassa_installment_credit_profile_customer_id_unique";`);
    this.addSql(`create table if not exists "kassa_installment_credit_profile" ("id" text not null, "customer_id" text not null, "id_type" text not null, "id_number" text not null, "address_line" text not null, "city" text not null, "province" text null, "postal_code" text null, "phone" text not null, "employer" text null, "monthly_income" numeric null, "reference_name" text null, "reference_phone" text null, "raw_monthly_income" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_installment_credit_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_installment_credit_profile_customer_id_unique" ON "kassa_installment_credit_profile" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_installment_credit_profile_deleted_at" ON "kassa_installment_credit_profile" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_installment_plan" ("id" text not null, "order_id" text not null, "customer_id" text not null, "stock_location_id" text not null, "status" text check ("status" in ('pending_approval', 'active', 'completed', 'rejected', 'canceled')) not null default 'pending_approval', "term_months" integer not null, "interest_method" text check ("interest_method" in ('add_on', 'flat_monthly')) not null, "interest_rate" numeric not null, "sale_total" numeric not null, "down_payment" numeric not null, "amount_financed" numeric not null, "interest_total" numeric not null, "processing_fee" numeric not null, "late_fee_type" text check ("late_fee_type" in ('fixed', 'percent')) not null, "late_fee" numeric not null, "late_fee_grace_days" integer not null, "late_fee_period_days" integer not null, "start_date" text not null, "days_past_due" integer not null default 0, "sold_by" text not null, "approved_by" text null, "approved_at" timestamptz null, "auto_approved" boolean not null default false, "rejected_by" text null, "rejected_at" timestamptz null, "decision_note" text null, "escalated_by" text null, "escalated_at" timestamptz null, "escalation_note" text null, "goods_released_at" timestamptz null, "completed_at" timestamptz null, "raw_interest_rate" jsonb not null, "raw_sale_total" jsonb not null, "raw_down_payment" jsonb not null, "raw_amount_financed" jsonb not null, "raw_interest_total" jsonb not null, "raw_processing_fee" jsonb not null, "raw_late_fee" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_installment_plan_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_installment_plan_order_id_unique" ON "kassa_installment_plan" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_installment_plan_deleted_at" ON "kassa_installment_plan" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_installment_plan_status_stock_location_id" ON "kassa_installment_plan" ("status", "stock_location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_installment_plan_customer_id" ON "kassa_installment_plan" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_installment_payment" ("id" text not null, "plan_id" text not null, "receipt_number" text not null, "stock_location_id" text not null, "method" text not null, "amount" numeric not null, "reference" text null, "is_payoff" boolean not null default false, "note" text null, "collected_by" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_installment_payment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_installment_payment_plan_id" ON "kassa_installment_payment" ("plan_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_installment_payment_receipt_number_unique" ON "kassa_installment_payment" ("receipt_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_installment_payment_deleted_at" ON "kassa_installment_payment" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_installment" ("id" text not null, "plan_id" text not null, "sequence" integer not null, "due_date" text not null, "principal_due" numeric not null, "interest_due" numeric not null, "fee_due" numeric not null, "principal_paid" numeric not null default 0, "interest_paid" numeric not null default 0, "fee_paid" numeric not null default 0, "interest_waived" numeric not null default 0, "status" text check ("status" in ('pending', 'overdue', 'paid')) not null default 'pending', "days_past_due" integer not null default 0, "late_fee_periods" integer not null default 0, "paid_at" timestamptz null, "raw_principal_due" jsonb not null, "raw_interest_due" jsonb not null, "raw_fee_due" jsonb not null, "raw_principal_paid" jsonb not null default '{"value":"0","precision":20}', "raw_interest_paid" jsonb not null default '{"value":"0","precision":20}', "raw_fee_paid" jsonb not null default '{"value":"0","precision":20}', "raw_interest_waived" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_installment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_installment_plan_id" ON "kassa_installment" ("plan_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_installment_deleted_at" ON "kassa_installment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_installment_plan_id_sequence_unique" ON "kassa_installment" ("plan_id", "sequence") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_installment_status_due_date" ON "kassa_installment" ("status", "due_date") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_installment_reminder" ("id" text not null, "installment_id" text not null, "plan_id" text not null, "kind" text check ("kind" in ('before_due', 'overdue')) not null, "sent_to" text not null, "notification_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_installment_reminder_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_installment_reminder_deleted_at" ON "kassa_installment_reminder" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_installment_reminder_installment_id_kind_unique" ON "kassa_installment_reminder" ("installment_id", "kind") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_installment_terms" ("id" text not null, "stock_location_id" text not null, "term_months" jsonb not null default '[3,6,9,12,18,24]', "min_down_payment_percent" numeric not null default 20, "interest_method" text check ("interest_method" in ('add_on', 'flat_monthly')) not null default 'add_on', "add_on_rates" jsonb not null default '{"3":3,"6":6,"9":9,"12":12,"18":18,"24":24}', "monthly_rate" numeric not null default 1, "processing_fee_type" text check ("processing_fee_type" in ('fixed', 'percent')) not null default 'fixed', "processing_fee" numeric not null default 500, "late_fee_type" text check ("late_fee_type" in ('fixed', 'percent')) not null default 'fixed', "late_fee" numeric not null default 250, "late_fee_grace_days" integer not null default 3, "late_fee_period_days" integer not null default 30, "reminder_days_before" integer not null default 5, "auto_approve_max" numeric null, "receipt_prefix" text not null default 'IP', "receipt_last" integer not null default 0, "raw_min_down_payment_percent" jsonb not null default '{"value":"20","precision":20}', "raw_monthly_rate" jsonb not null default '{"value":"1","precision":20}', "raw_processing_fee" jsonb not null default '{"value":"500","precision":20}', "raw_late_fee" jsonb not null default '{"value":"250","precision":20}', "raw_auto_approve_max" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_installment_terms_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_installment_terms_stock_location_id_unique" ON "kassa_installment_terms" ("stock_location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_installment_terms_deleted_at" ON "kassa_installment_terms" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kassa_installment_allocation" ("id" text not null, "payment_id" text not null, "installment_id" text not null, "fee" numeric not null, "interest" numeric not null, "principal" numeric not null, "raw_fee" jsonb not null, "raw_interest" jsonb not null, "raw_principal" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_installment_allocation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_installment_allocation_payment_id" ON "kassa_installment_allocation" ("payment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_installment_allocation_deleted_at" ON "kassa_installment_allocation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_installment_allocation_installment_id" ON "kassa_installment_allocation" ("installment_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "kassa_installment_payment" add constraint "kassa_installment_payment_plan_id_foreign" foreign key ("plan_id") references "kassa_installment_plan" ("id") on update cascade;`);

    this.addSql(`alter table if exists "kassa_installment" add constraint "kassa_installment_plan_id_foreign" foreign key ("plan_id") references "kassa_installment_plan" ("id") on update cascade;`);

    this.addSql(`alter table if exists "kassa_installment_allocation" add constraint "kassa_installment_allocation_payment_id_foreign" foreign key ("payment_id") references "kassa_installment_payment" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "kassa_installment_payment" drop constraint if exists "kassa_installment_payment_plan_id_foreign";`);

    this.addSql(`alter table if exists "kassa_installment" drop constraint if exists "kassa_installment_plan_id_foreign";`);

    this.addSql(`alter table if exists "kassa_installment_allocation" drop constraint if exists "kassa_installment_allocation_payment_id_foreign";`);

    this.addSql(`drop table if exists "kassa_installment_credit_profile" cascade;`);

    this.addSql(`drop table if exists "kassa_installment_plan" cascade;`);

    this.addSql(`drop table if exists "kassa_installment_payment" cascade;`);

    this.addSql(`drop table if exists "kassa_installment" cascade;`);

    this.addSql(`drop table if exists "kassa_installment_reminder" cascade;`);

    this.addSql(`drop table if exists "kassa_installment_terms" cascade;`);

    this.addSql(`drop table if exists "kassa_installment_allocation" cascade;`);
  }

}
