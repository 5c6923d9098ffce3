/** What other plugins may import from @kassa/reports/kit. */
export { reportsPlugin } from "./plugin"
