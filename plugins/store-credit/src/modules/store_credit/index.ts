import { Module } from "@medusajs/framework/utils"
import registerStoreCreditCustomerMerge from "./loaders/register-customer-merge"
import registerStoreCreditTender from "./loaders/register-tender"
import StoreCreditModuleService from "./service"

export const STORE_CREDIT_MODULE = "kassaStoreCredit"

export default Module(STORE_CREDIT_MODULE, { service: StoreCreditModuleService, loaders: [registerStoreCreditTender, registerStoreCreditCustomerMerge] })
