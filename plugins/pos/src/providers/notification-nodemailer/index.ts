import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { NodemailerNotificationService } from "./service"

export default ModuleProvider(Modules.NOTIFICATION, {
  services: [NodemailerNotificationService],
})
