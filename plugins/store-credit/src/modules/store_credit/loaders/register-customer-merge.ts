/**
 * Boot: a customer merged into another takes their store credit along from here on.
 * Registering is all the import does.
 */
import "../../../customer-merge"

export default async function registerStoreCreditCustomerMerge() {}
