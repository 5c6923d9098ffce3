import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { CAPTURE, CHAIN, HASH } from "../sql/schema"

/**
 * Entries say why, when the request said (header X-Kassa-Reason): a column on the queue and the
 * log, carried by the capture trigger and the chainer, hashed only where it is set so the entries
 * already chained keep their hashes.
 */
export class Migration20261207150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table kassa_audit_pending add column if not exists reason text;`)
    this.addSql(`alter table kassa_audit_entry add column if not exists reason text;`)
    for (const sql of [CAPTURE, HASH, CHAIN]) this.addSql(sql)
  }

  override async down(): Promise<void> {
    // The column stays: the log is append-only and entries that hold a reason are hashed with it.
  }
}
