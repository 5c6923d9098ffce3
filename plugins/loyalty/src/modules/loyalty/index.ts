import { Module } from "@medusajs/framework/utils"
import registerLoyaltyCustomerMerge from "./loaders/register-customer-merge"
import registerLoyaltyTender from "./loaders/register-tender"
import LoyaltyModuleService from "./service"
// The plugin's declaration (its switch default, policies, events) must be known in every
// process: a worker (MEDUSA_WORKER_MODE=worker) loads modules, subscribers and jobs but no API
// routes, and the routes' middlewares were its only other importer.
import "../../plugin"

export const LOYALTY_MODULE = "kassaLoyalty"

export default Module(LOYALTY_MODULE, { service: LoyaltyModuleService, loaders: [registerLoyaltyTender, registerLoyaltyCustomerMerge] })
