import { Module } from "@medusajs/framework/utils"
import registerLoyaltyCustomerMerge from "./loaders/register-customer-merge"
import registerLoyaltyTender from "./loaders/register-tender"
import LoyaltyModuleService from "./service"

export const LOYALTY_MODULE = "kassaLoyalty"

export default Module(LOYALTY_MODULE, { service: LoyaltyModuleService, loaders: [registerLoyaltyTender, registerLoyaltyCustomerMerge] })
