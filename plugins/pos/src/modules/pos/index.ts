import { Module } from "@medusajs/framework/utils"
import registerRecoveries from "./loaders/register-recoveries"
import PosModuleService from "./service"

export const POS_MODULE = "kassaPos"

export default Module(POS_MODULE, { service: PosModuleService, loaders: [registerRecoveries] })
