/**
 * Boot: core's work-recovery sweep finishes or undoes the counter's interrupted voids, returns
 * and exchanges from here on, and a branch with an open drawer cannot close. Registering is all
 * the imports do.
 */
import "../../../drawer/close-check"
import "../../../workflows/sale-lifecycle/recover-void"
import "../../../workflows/returns/recover-exchange"
import "../../../workflows/returns/recover-return"

export default async function registerHooks() {}
