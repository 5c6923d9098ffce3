/**
 * Boot: core's work-recovery sweep finishes or undoes interrupted collections from here on.
 * Registering is all the import does.
 */
import "../../../workflows/collections/recover-collection"

export default async function registerCollectionRecovery() {}
