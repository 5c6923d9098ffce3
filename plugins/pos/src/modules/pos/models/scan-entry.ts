import { model } from "@medusajs/framework/utils"

/**
 * The scan index: what a barcode, EAN, UPC or SKU names, one row per product variant, so that
 * a scan finds a variant, its options and its price set in one indexed read instead of four
 * module calls (src/scan/scan-index.ts). A projection of Medusa's product module, never edited:
 * kept up to date from the module's events, re-checked by a sweep and rebuilt from it at will.
 * Prices and stock are not here: a scan reads them live.
 */
export const ScanEntry = model
  .define({ name: "PosScanEntry", tableName: "kassa_pos_scan_entry" }, {
    /** The variant's id. */
    id: model.text().primaryKey(),
    product_id: model.text(),
    title: model.text(),
    sku: model.text().nullable(),
    barcode: model.text().nullable(),
    ean: model.text().nullable(),
    upc: model.text().nullable(),
    manage_inventory: model.boolean(),
    /** Option title → value, as the scan answers them. */
    options: model.json(),
    product_title: model.text(),
    thumbnail: model.text().nullable(),
    serialized: model.boolean(),
    /** The product's status in Medusa: only a published product sells at the counter. */
    product_status: model.text().default("published"),
    /** The product was archived (a sold product "deleted": metadata kassa_archived_at). */
    archived: model.boolean().default(false),
    price_set_id: model.text().nullable(),
    /** The newer of the variant's and its product's updated_at when this entry was read. */
    source_updated_at: model.dateTime(),
  })
  .indexes([
    { on: ["product_id"] },
    { on: ["barcode"], where: "barcode IS NOT NULL" },
    { on: ["ean"], where: "ean IS NOT NULL" },
    { on: ["upc"], where: "upc IS NOT NULL" },
    { on: ["sku"], where: "sku IS NOT NULL" },
  ])
