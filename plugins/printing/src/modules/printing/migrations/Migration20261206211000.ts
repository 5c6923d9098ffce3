import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Which printer prints which task, per branch, register and staff role. */
export class Migration20261206211000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "kassa_print_route" ("id" text not null, "stock_location_id" text not null,
        "task" text check ("task" in ('receipt', 'invoice', 'gift_receipt', 'return_slip', 'z_report', 'preorder_slip', 'installment_slip', 'barcode_label', 'claim_slip')) not null,
        "register_id" text null, "role_id" text null, "printer_id" text not null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "kassa_print_route_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_print_route_stock_location_id_task" ON "kassa_print_route" ("stock_location_id", "task") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_print_route_printer_id" ON "kassa_print_route" ("printer_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kassa_print_route_deleted_at" ON "kassa_print_route" ("deleted_at") WHERE deleted_at IS NULL;`)
    // One route per branch, task, register and role; a missing register or role (the defaults) counts as one value.
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_print_route_unique" ON "kassa_print_route" ("stock_location_id", "task", "register_id", "role_id") NULLS NOT DISTINCT WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kassa_print_route" cascade;`)
  }
}
