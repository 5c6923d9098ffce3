/**
 * Boot: core's work-recovery sweep finishes or undoes interrupted unit replacements from here on.
 * Registering is all the import does.
 */
import "../../../workflows/claims/recover-replacement"

export default async function registerReplacementRecovery() {}
