import { Module } from "@medusajs/framework/utils"
import { WEBHOOKS_MODULE } from "./key"
import WebhooksModuleService from "./service"
// The plugin's declaration (its switch default, policies, events) must be known in every
// process: a worker (MEDUSA_WORKER_MODE=worker) loads modules, subscribers and jobs but no API
// routes, and the routes' middlewares were its only other importer.
import "../../plugin"

export { WEBHOOKS_MODULE }

export default Module(WEBHOOKS_MODULE, { service: WebhooksModuleService })
