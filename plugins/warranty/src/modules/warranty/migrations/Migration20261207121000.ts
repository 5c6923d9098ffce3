import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Defective stock from damaged counter returns and from the shelf (issue 36 item 2): where a unit
 * came from, how it is held out of sellable stock, a unit without a known serial, the `repaired`
 * disposal, the supplier's RMA number and a written-off unit's cost.
 */
export class Migration20261207121000 extends Migration {
  override async up(): Promise<void> {
    const t = `"kassa_warranty_defective_unit"`
    this.addSql(`alter table if exists ${t} alter column "serial_number" drop not null;`)
    this.addSql(`alter table if exists ${t} drop constraint if exists "kassa_warranty_defective_unit_disposal_status_check";`)
    this.addSql(`alter table if exists ${t} add constraint "kassa_warranty_defective_unit_disposal_status_check" check ("disposal_status" in ('pending', 'repaired', 'returned_to_supplier', 'disposed'));`)
    this.addSql(`alter table if exists ${t}
      add column if not exists "inventory_item_id" text null,
      add column if not exists "source" text check ("source" in ('replacement', 'return', 'shelf')) not null default 'replacement',
      add column if not exists "return_id" text null,
      add column if not exists "return_line_id" text null,
      add column if not exists "unit_index" integer null,
      add column if not exists "held_by" text check ("held_by" in ('not_stocked', 'reservation')) not null default 'not_stocked',
      add column if not exists "reservation_id" text null,
      add column if not exists "created_by" text null,
      add column if not exists "disposed_by" text null,
      add column if not exists "rma_number" text null,
      add column if not exists "written_off_cost" numeric null,
      add column if not exists "raw_written_off_cost" jsonb null,
      add column if not exists "written_off_currency" text null;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kassa_warranty_defective_unit_return_id_return_line_id_unit_index_unique" ON ${t} ("return_id", "return_line_id", "unit_index") WHERE return_id IS NOT NULL AND deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    const t = `"kassa_warranty_defective_unit"`
    this.addSql(`drop index if exists "IDX_kassa_warranty_defective_unit_return_id_return_line_id_unit_index_unique";`)
    this.addSql(`alter table if exists ${t} drop column if exists "inventory_item_id", drop column if exists "source", drop column if exists "return_id", drop column if exists "return_line_id", drop column if exists "unit_index", drop column if exists "held_by", drop column if exists "reservation_id", drop column if exists "created_by", drop column if exists "disposed_by", drop column if exists "rma_number", drop column if exists "written_off_cost", drop column if exists "raw_written_off_cost", drop column if exists "written_off_currency";`)
    this.addSql(`alter table if exists ${t} drop constraint if exists "kassa_warranty_defective_unit_disposal_status_check";`)
    this.addSql(`alter table if exists ${t} add constraint "kassa_warranty_defective_unit_disposal_status_check" check ("disposal_status" in ('pending', 'returned_to_supplier', 'disposed'));`)
  }
}
