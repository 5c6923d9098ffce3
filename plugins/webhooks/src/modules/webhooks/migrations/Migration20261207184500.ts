import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Webhook subscriptions and the delivery queue. */
export class Migration20261207184500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "kassa_webhook_subscription" ("id" text not null, "url" text not null, "description" text null,
        "events" text[] not null, "secret" text not null, "is_active" boolean not null default true, "created_by" text null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "kassa_webhook_subscription_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_webhook_subscription_deleted_at" ON "kassa_webhook_subscription" ("deleted_at") WHERE deleted_at IS NULL;`)
    // The signing secret never goes into the audit log.
    this.addSql(`comment on column "kassa_webhook_subscription"."secret" is 'kassa:audit=off';`)

    this.addSql(
      `create table if not exists "kassa_webhook_delivery" ("id" text not null, "subscription_id" text not null, "event_id" text not null, "event_name" text not null,
        "body" text not null, "status" text check ("status" in ('pending', 'sending', 'delivered', 'failed')) not null default 'pending',
        "attempts" integer not null default 0, "next_attempt_at" timestamptz not null, "expires_at" timestamptz not null,
        "claimed_by" text null, "claimed_until" timestamptz null, "last_status_code" integer null, "last_error" text null, "delivered_at" timestamptz null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "kassa_webhook_delivery_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_webhook_delivery_subscription_id_event_id_unique" ON "kassa_webhook_delivery" ("subscription_id", "event_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_webhook_delivery_subscription_id_created_at" ON "kassa_webhook_delivery" ("subscription_id", "created_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_webhook_delivery_next_attempt_at" ON "kassa_webhook_delivery" ("next_attempt_at") WHERE status = 'pending' AND deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_webhook_delivery_deleted_at" ON "kassa_webhook_delivery" ("deleted_at") WHERE deleted_at IS NULL;`)
    // The delivery's creation, its delivery and a manual redelivery (a new expires_at) are the
    // history; the body (the event itself) and each attempt's bookkeeping are not worth a chained
    // audit entry each.
    for (const column of ["body", "status", "attempts", "next_attempt_at", "claimed_by", "claimed_until", "last_status_code", "last_error"]) {
      this.addSql(`comment on column "kassa_webhook_delivery"."${column}" is 'kassa:audit=off';`)
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_webhook_delivery" cascade;`)
    this.addSql(`drop table if exists "kassa_webhook_subscription" cascade;`)
  }
}
