/**
 * Boot: a customer merged into another takes their installment plans along from here on.
 * Registering is all the import does.
 */
import "../../../customer-merge"

export default async function registerInstallmentsCustomerMerge() {}
