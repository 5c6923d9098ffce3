import { Module } from "@medusajs/framework/utils"
import registerGiftSales from "./loaders/register-gift-sales"
import GiftSaleModuleService from "./service"

export const GIFT_SALE_MODULE = "kassaGiftSale"

export default Module(GIFT_SALE_MODULE, { service: GiftSaleModuleService, loaders: [registerGiftSales] })
