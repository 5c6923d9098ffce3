import { Module } from "@medusajs/framework/utils"
import PreordersModuleService from "./service"

export const PREORDERS_MODULE = "kassaPreorders"

export default Module(PREORDERS_MODULE, { service: PreordersModuleService })
