import { authorizeByPin, STAFF_MODULE, type StaffModuleService, tokenExpiry, tokenKey } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { generateJwtTokenForAuthIdentity } from "@medusajs/medusa/api/auth/utils/generate-jwt-token"
import type { CashierSwitchType } from "./validators"

/**
 * Another cashier takes over the counter with their PIN: only at a counter where someone who
 * sells here is signed in (the route's guard), only to someone who sells at this branch, and
 * with the PIN's own lockout. Answers a token for the new cashier (the page keeps it as its
 * sign-in, in place of the old cashier's); their sign-in is recorded as a password sign-in would be.
 */
export const POST = async (req: AuthenticatedMedusaRequest<CashierSwitchType>, res: MedusaResponse) => {
  const { staff_id, pin, location_id } = req.validatedBody
  const member = await authorizeByPin(req.scope, {
    staff_id,
    pin,
    policy: "pos:sell",
    branch_id: location_id,
    refusal: "This staff member does not sell at this branch",
  })

  const user = await req.scope.resolve(Modules.USER).retrieveUser(member.user_id)
  const auth = req.scope.resolve(Modules.AUTH)
  const [identity] = await auth.listProviderIdentities({ entity_id: user.email, provider: "emailpass" })
  if (!identity?.auth_identity_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${user.email} has no password sign-in to take over`)
  // A PIN stands in for the password only: a token for someone with a second factor would open
  // nothing until that factor is answered, so they sign in with both instead.
  const factors = await auth.listAuthMfa({ auth_identity_id: identity.auth_identity_id, status: "enabled" }, { select: ["id"] })
  if (factors.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${user.email} signs in with a second factor: use "Sign in with a password" and their authenticator code`)
  }
  const authIdentity = await auth.retrieveAuthIdentity(identity.auth_identity_id, { relations: ["provider_identities"] })
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const token = await generateJwtTokenForAuthIdentity(
    { authIdentity, actorType: "user", authProvider: "emailpass", container: req.scope },
    { secret: http.jwtSecret!, expiresIn: http.jwtExpiresIn, options: http.jwtOptions }
  )
  await req.scope.resolve<StaffModuleService>(STAFF_MODULE).recordLogin(member.id, { ip: req.ip, user_agent: req.get("user-agent"), token_key: tokenKey(token), expires_at: tokenExpiry(token) })
  res.json({ token, staff_id: member.id })
}
