/** What other code (the app, tests, scripts) imports from @kassa/stock/kit. */
export { STOCK_MODULE } from "./modules/stock"
export type { default as StockModuleService } from "./modules/stock/service"
export { supplierStatus } from "./modules/stock/supplier-status"
export type { SupplierStatus } from "./modules/stock/supplier-status"
