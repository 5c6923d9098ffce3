export { StockSupplier } from "./supplier"
export { StockSupplierVariant } from "./supplier-variant"
