import { Module } from "@medusajs/framework/utils"
import registerStoreCreditTender from "./loaders/register-tender"
import StoreCreditModuleService from "./service"

export const STORE_CREDIT_MODULE = "kassaStoreCredit"

export default Module(STORE_CREDIT_MODULE, { service: StoreCreditModuleService, loaders: [registerStoreCreditTender] })
