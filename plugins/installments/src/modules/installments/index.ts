import { Module } from "@medusajs/framework/utils"
import registerInstallmentsCustomerMerge from "./loaders/register-customer-merge"
import registerInstallmentsDashboardFigures from "./loaders/register-dashboard-figures"
import registerCollectionRecovery from "./loaders/register-recoveries"
import registerInstallmentTender from "./loaders/register-tender"
import InstallmentsModuleService from "./service"

export const INSTALLMENTS_MODULE = "kassaInstallments"

export default Module(INSTALLMENTS_MODULE, { service: InstallmentsModuleService, loaders: [registerInstallmentTender, registerCollectionRecovery, registerInstallmentsCustomerMerge, registerInstallmentsDashboardFigures] })
