import { Module } from "@medusajs/framework/utils"
import WorkModuleService from "./service"

export const WORK_MODULE = "kassaWork"

export default Module(WORK_MODULE, { service: WorkModuleService })
