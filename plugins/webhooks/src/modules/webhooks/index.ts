import { Module } from "@medusajs/framework/utils"
import { WEBHOOKS_MODULE } from "./key"
import WebhooksModuleService from "./service"

export { WEBHOOKS_MODULE }

export default Module(WEBHOOKS_MODULE, { service: WebhooksModuleService })
