import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

type ProviderConfig = { options?: { channels?: string[] } }

/**
 * Whether a notification provider for the "email" channel is configured. Without one, Medusa's
 * notification module writes a failed notification and throws a bare error (a 500), so the route
 * asks first and answers that e-mail is not set up.
 */
export function emailConfigured(scope: MedusaContainer): boolean {
  const { modules } = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const notification = modules?.[Modules.NOTIFICATION]
  const providers = (typeof notification === "object" && notification ? (notification as { options?: { providers?: ProviderConfig[] } }).options?.providers : undefined) ?? []
  return providers.some((p) => p.options?.channels?.includes("email"))
}
