/**
 * What other code (the app, tests, scripts) imports from @kassa/preorders/kit: the module, the
 * workflows, and the passes its jobs run (for a script or a test at a chosen time).
 */
export { PREORDERS_MODULE } from "./modules/preorders"
export type { default as PreordersModuleService } from "./modules/preorders/service"
export { allocateArrivalsWorkflow, cancelPreorderWorkflow, collectPreorderWorkflow, payPreorderWorkflow, takePreorderWorkflow } from "./workflows"
export { allocateWaiting, expireLayaways, remindReady } from "./workflows/preorders/passes"
