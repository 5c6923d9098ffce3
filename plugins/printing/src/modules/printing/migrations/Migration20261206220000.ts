import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Print jobs of a new kind: a counter return's refund slip. */
export class Migration20261206220000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "kassa_print_job" drop constraint if exists "kassa_print_job_kind_check";`)
    this.addSql(`alter table "kassa_print_job" add constraint "kassa_print_job_kind_check" check ("kind" in ('receipt', 'reprint', 'test', 'label', 'return_slip'));`)
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "kassa_print_job" where "kind" = 'return_slip';`)
    this.addSql(`alter table "kassa_print_job" drop constraint if exists "kassa_print_job_kind_check";`)
    this.addSql(`alter table "kassa_print_job" add constraint "kassa_print_job_kind_check" check ("kind" in ('receipt', 'reprint', 'test', 'label'));`)
  }
}
