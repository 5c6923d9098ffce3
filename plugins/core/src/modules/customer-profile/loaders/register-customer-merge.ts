/**
 * Boot: a customer merged into another takes their profile along when the kept one has none.
 * Registering is all the import does.
 */
import "../../../customers/profile-merge"

export default async function registerProfileCustomerMerge() {}
