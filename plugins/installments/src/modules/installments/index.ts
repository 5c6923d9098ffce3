import { Module } from "@medusajs/framework/utils"
import registerInstallmentsCustomerMerge from "./loaders/register-customer-merge"
import registerInstallmentsDashboardFigures from "./loaders/register-dashboard-figures"
import registerCollectionRecovery from "./loaders/register-recoveries"
import registerInstallmentTender from "./loaders/register-tender"
import InstallmentsModuleService from "./service"
// The plugin's declaration (its switch default, policies, events) must be known in every
// process: a worker (MEDUSA_WORKER_MODE=worker) loads modules, subscribers and jobs but no API
// routes, and the routes' middlewares were its only other importer.
import "../../plugin"

export const INSTALLMENTS_MODULE = "kassaInstallments"

export default Module(INSTALLMENTS_MODULE, { service: InstallmentsModuleService, loaders: [registerInstallmentTender, registerCollectionRecovery, registerInstallmentsCustomerMerge, registerInstallmentsDashboardFigures] })
