import { Module } from "@medusajs/framework/utils"
import CostModuleService from "./service"

export const COST_MODULE = "kassaCost"

export default Module(COST_MODULE, { service: CostModuleService })
