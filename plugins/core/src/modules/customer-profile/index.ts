import { Module } from "@medusajs/framework/utils"
import CustomerProfileModuleService from "./service"

export const CUSTOMER_PROFILE_MODULE = "kassaCustomerProfile"

export default Module(CUSTOMER_PROFILE_MODULE, { service: CustomerProfileModuleService })
