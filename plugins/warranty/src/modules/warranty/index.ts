import { Module } from "@medusajs/framework/utils"
import receiptLineNotes from "./loaders/receipt-line-notes"
import registerWarrantyCustomerMerge from "./loaders/register-customer-merge"
import registerReplacementRecovery from "./loaders/register-recoveries"
import WarrantyModuleService from "./service"
// The plugin's declaration (its switch default, policies, events) must be known in every
// process: a worker (MEDUSA_WORKER_MODE=worker) loads modules, subscribers and jobs but no API
// routes, and the routes' middlewares were its only other importer.
import "../../plugin"

export const WARRANTY_MODULE = "kassaWarranty"

export default Module(WARRANTY_MODULE, { service: WarrantyModuleService, loaders: [receiptLineNotes, registerReplacementRecovery, registerWarrantyCustomerMerge] })
