export { CustomerMerge } from "./customer-merge"
