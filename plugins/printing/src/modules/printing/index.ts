import { Module } from "@medusajs/framework/utils"
import { PRINTING_MODULE } from "./key"
import PrintingModuleService from "./service"

export { PRINTING_MODULE }

export default Module(PRINTING_MODULE, { service: PrintingModuleService })
