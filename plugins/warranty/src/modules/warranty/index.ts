import { Module } from "@medusajs/framework/utils"
import receiptLineNotes from "./loaders/receipt-line-notes"
import registerWarrantyCustomerMerge from "./loaders/register-customer-merge"
import registerReplacementRecovery from "./loaders/register-recoveries"
import WarrantyModuleService from "./service"

export const WARRANTY_MODULE = "kassaWarranty"

export default Module(WARRANTY_MODULE, { service: WarrantyModuleService, loaders: [receiptLineNotes, registerReplacementRecovery, registerWarrantyCustomerMerge] })
