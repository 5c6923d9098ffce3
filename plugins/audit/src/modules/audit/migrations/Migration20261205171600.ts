import { CARD_NUMBER_SQL } from "@kassa/core/kit"
import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { CHAIN } from "../sql/schema"

/** Card numbers masked in every entry before it is chained (the log cannot be edited afterwards). */
export class Migration20261205171600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(CARD_NUMBER_SQL)
    this.addSql(CHAIN)
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists kassa_mask_card_numbers_jsonb(jsonb); drop function if exists kassa_mask_card_numbers(text);`)
    this.addSql(`drop function if exists kassa_is_card_number(text); drop function if exists kassa_passes_luhn(text);`)
  }
}
