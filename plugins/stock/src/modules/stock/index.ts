import { Module } from "@medusajs/framework/utils"
import StockModuleService from "./service"

export const STOCK_MODULE = "kassaStock"

export default Module(STOCK_MODULE, { service: StockModuleService })
