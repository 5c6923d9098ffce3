import { Module } from "@medusajs/framework/utils"
import registerGiftCards from "./loaders/register-gift-cards"
import GiftCardModuleService from "./service"

export const GIFT_CARD_MODULE = "kassaGiftCard"

export default Module(GIFT_CARD_MODULE, { service: GiftCardModuleService, loaders: [registerGiftCards] })
