import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Print jobs of other plugins' slips, by their task: Z reports, claim slips, installment and pre-order slips. */
export class Migration20261207020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "kassa_print_job" drop constraint if exists "kassa_print_job_kind_check";`)
    this.addSql(
      `alter table "kassa_print_job" add constraint "kassa_print_job_kind_check" check ("kind" in ('receipt', 'reprint', 'test', 'label', 'return_slip', 'gift_receipt', 'invoice', 'z_report', 'claim_slip', 'installment_slip', 'preorder_slip'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "kassa_print_job" where "kind" in ('z_report', 'claim_slip', 'installment_slip', 'preorder_slip');`)
    this.addSql(`alter table "kassa_print_job" drop constraint if exists "kassa_print_job_kind_check";`)
    this.addSql(`alter table "kassa_print_job" add constraint "kassa_print_job_kind_check" check ("kind" in ('receipt', 'reprint', 'test', 'label', 'return_slip', 'gift_receipt', 'invoice'));`)
  }
}
