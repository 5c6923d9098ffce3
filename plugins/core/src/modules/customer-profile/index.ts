import { Module } from "@medusajs/framework/utils"
import registerProfileCustomerMerge from "./loaders/register-customer-merge"
import CustomerProfileModuleService from "./service"

export const CUSTOMER_PROFILE_MODULE = "kassaCustomerProfile"

export default Module(CUSTOMER_PROFILE_MODULE, { service: CustomerProfileModuleService, loaders: [registerProfileCustomerMerge] })
