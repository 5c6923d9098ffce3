import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { CUSTOMER_PROFILE_MODULE } from "../../../../../../modules/customer-profile"
import type CustomerProfileModuleService from "../../../../../../modules/customer-profile/service"
import { frequentCustomerIds, upsertCustomerProfileWorkflow } from "../../../../../../workflows/customers"
import type { PostCustomerProfileType } from "../../validators"

const FIELDS = ["id", "customer_id", "gender", "birthday", "marketing_consent", "marketing_consent_at", "note", "created_at", "updated_at"]

/** The customer's profile (empty fields when none was saved yet) and whether they are a frequent customer. */
async function profileOf(container: MedusaContainer, customerId: string) {
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: customerId }, { select: ["id"] })
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${customerId} was not found`)
  const service: CustomerProfileModuleService = container.resolve(CUSTOMER_PROFILE_MODULE)
  const [profile] = await service.listCustomerProfiles({ customer_id: customerId }, { select: FIELDS })
  const frequent = (await frequentCustomerIds(container, [customerId])).has(customerId)
  return {
    profile: profile ?? { id: null, customer_id: customerId, gender: null, birthday: null, marketing_consent: false, marketing_consent_at: null, note: null },
    frequent,
  }
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await profileOf(req.scope, req.params.id))
}

export const POST = async (req: AuthenticatedMedusaRequest<PostCustomerProfileType>, res: MedusaResponse) => {
  await upsertCustomerProfileWorkflow(req.scope).run({ input: { customer_id: req.params.id, ...req.validatedBody } })
  res.json(await profileOf(req.scope, req.params.id))
}
