export { StockSupplier } from "./supplier"
export { StockSupplierVariant } from "./supplier-variant"
export { StockThreshold } from "./threshold"
