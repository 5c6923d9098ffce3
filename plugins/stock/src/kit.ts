/** What other code (the app, tests, scripts) imports from @kassa/stock/kit. */
export { STOCK_MODULE } from "./modules/stock"
export type { default as StockModuleService } from "./modules/stock/service"
export { supplierStatus } from "./modules/stock/supplier-status"
export type { SupplierStatus } from "./modules/stock/supplier-status"
// Stock status (healthy / low / out) of variants at a branch, for anything that shows a level.
export { branchLevels } from "./levels/branch-levels"
export type { BranchLevel } from "./levels/branch-levels"
export { DEFAULT_MIN_QUANTITY, DEFAULT_REORDER_QUANTITY, stockStatus, thresholdFor } from "./modules/stock/thresholds"
export type { StockStatus } from "./modules/stock/thresholds"
// Receiving a purchase order (a script or test may run it as the route does), and the lock every receipt takes.
export { RECEIVING_LOCK, receivePurchaseOrderWorkflow } from "./workflows/receiving"
export { nextCost } from "./modules/stock/cost"
export type { CostMethod } from "./modules/stock/cost"
// Transfers between locations and stock counts, as their routes run them.
export { cancelTransferWorkflow, dispatchTransferWorkflow, receiveTransferWorkflow, requestTransferWorkflow } from "./workflows/transfers"
export { approveCountWorkflow, cancelCountWorkflow, recordCountedWorkflow, startCountWorkflow } from "./workflows/counts"
