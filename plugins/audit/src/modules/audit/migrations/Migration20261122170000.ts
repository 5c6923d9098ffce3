import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { CAPTURE, CHAIN, HASH, IMMUTABLE, TABLES, TEXT_SEARCH, VERIFY } from "../sql/schema"

/** The log, its chain and the capture trigger function (attached to tables at boot). */
export class Migration20261122170000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of [TABLES, TEXT_SEARCH, IMMUTABLE, CAPTURE, HASH, CHAIN, VERIFY]) this.addSql(sql)
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists kassa_audit_verify(); drop function if exists kassa_audit_chain(integer);`)
    this.addSql(`drop function if exists kassa_audit_hash(kassa_audit_entry); drop function if exists kassa_audit_capture() cascade;`)
    this.addSql(`drop table if exists kassa_audit_entry cascade; drop table if exists kassa_audit_pending cascade;`)
    this.addSql(`drop function if exists kassa_audit_refuse_change();`)
  }
}
