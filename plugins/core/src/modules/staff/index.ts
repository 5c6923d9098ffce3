import { Module } from "@medusajs/framework/utils"
import sessionStoreLoader from "./loaders/session-store"
import StaffModuleService from "./service"

export const STAFF_MODULE = "kassaStaff"

export default Module(STAFF_MODULE, { service: StaffModuleService, loaders: [sessionStoreLoader] })
