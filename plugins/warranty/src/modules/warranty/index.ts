import { Module } from "@medusajs/framework/utils"
import receiptLineNotes from "./loaders/receipt-line-notes"
import WarrantyModuleService from "./service"

export const WARRANTY_MODULE = "kassaWarranty"

export default Module(WARRANTY_MODULE, { service: WarrantyModuleService, loaders: [receiptLineNotes] })
