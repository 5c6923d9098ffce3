import { Module } from "@medusajs/framework/utils"
import registerHooks from "./loaders/register-hooks"
import PosModuleService from "./service"

export const POS_MODULE = "kassaPos"

export default Module(POS_MODULE, { service: PosModuleService, loaders: [registerHooks] })
