/** Boot: merging duplicate customers moves their loyalty membership (customer-merge.ts). Registering is all the import does. */
import "../../../customer-merge"

export default async function registerLoyaltyCustomerMerge() {}
