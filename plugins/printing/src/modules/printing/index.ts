import { Module } from "@medusajs/framework/utils"
import PrintingModuleService from "./service"

export const PRINTING_MODULE = "kassaPrinting"

export default Module(PRINTING_MODULE, { service: PrintingModuleService })
