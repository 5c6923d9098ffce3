import { Module } from "@medusajs/framework/utils"
import registerStoreCreditCustomerMerge from "./loaders/register-customer-merge"
import registerStoreCreditTender from "./loaders/register-tender"
import StoreCreditModuleService from "./service"
// The plugin's declaration (its switch default, policies, events) must be known in every
// process: a worker (MEDUSA_WORKER_MODE=worker) loads modules, subscribers and jobs but no API
// routes, and the routes' middlewares were its only other importer.
import "../../plugin"

export const STORE_CREDIT_MODULE = "kassaStoreCredit"

export default Module(STORE_CREDIT_MODULE, { service: StoreCreditModuleService, loaders: [registerStoreCreditTender, registerStoreCreditCustomerMerge] })
