/**
 * Boot: the counter offers the "Store credit" tender from here on (at branches where the
 * store-credit plugin is on). Registering is all the import does.
 */
import "../../../tender/store-credit-tender"

export default async function registerStoreCreditTender() {}
