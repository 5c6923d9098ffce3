import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207001000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "kassa_gift_sale" ("id" text not null, "ticket_id" text not null, "line_id" text not null, "stock_location_id" text not null, "currency_code" text not null, "product_id" text not null, "variant_id" text not null, "title" text not null, "unit_value" numeric not null, "reason" text not null, "marked_by" text not null, "approved_by" text not null, "order_id" text null, "quantity" integer null, "value" numeric null, "sold_by" text null, "sold_at" timestamptz null, "raw_unit_value" jsonb not null, "raw_value" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kassa_gift_sale_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_gift_sale_line_id_unique" ON "kassa_gift_sale" ("line_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_gift_sale_ticket_id" ON "kassa_gift_sale" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_gift_sale_sold_at" ON "kassa_gift_sale" ("sold_at") WHERE sold_at IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_gift_sale_deleted_at" ON "kassa_gift_sale" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_gift_sale" cascade;`);
  }

}
