import { Module } from "@medusajs/framework/utils"
import installAudit from "./loaders"
import AuditModuleService from "./service"

export const AUDIT_MODULE = "kassaAudit"

export default Module(AUDIT_MODULE, { service: AuditModuleService, loaders: [installAudit] })
