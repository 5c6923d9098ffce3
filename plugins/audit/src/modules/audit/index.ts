import { Module } from "@medusajs/framework/utils"
import installAudit from "./loaders"
import AuditModuleService from "./service"
// The plugin's declaration (its switch default, policies, events) must be known in every
// process: a worker (MEDUSA_WORKER_MODE=worker) loads modules, subscribers and jobs but no API
// routes, and the routes' middlewares were its only other importer.
import "../../plugin"

export const AUDIT_MODULE = "kassaAudit"

export default Module(AUDIT_MODULE, { service: AuditModuleService, loaders: [installAudit] })
