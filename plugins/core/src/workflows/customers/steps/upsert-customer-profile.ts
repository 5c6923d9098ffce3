import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PROFILE_MODULE } from "../../../modules/customer-profile"
import type CustomerProfileModuleService from "../../../modules/customer-profile/service"

export type Gender = "female" | "male" | "other" | "prefer_not_to_say"

/** What a profile edit may change; a field left out stays as it is, `null` clears it. */
export type CustomerProfileInput = {
  customer_id: string
  gender?: Gender | null
  birthday?: string | null
  marketing_consent?: boolean
  note?: string | null
}

type Saved = { id: string; gender: Gender | null; birthday: string | null; marketing_consent: boolean; marketing_consent_at: Date | null; note: string | null }
type Undo = { created?: string; previous?: Saved }

const FIELDS = ["id", "customer_id", "gender", "birthday", "marketing_consent", "marketing_consent_at", "note", "created_at", "updated_at"]

/**
 * Creates the customer's profile or changes the fields given. Consent keeps when it was given:
 * `marketing_consent_at` is set when consent turns on, kept while it stays on, cleared when it is
 * withdrawn. Undo deletes a profile it created or puts the previous values back.
 */
export const upsertCustomerProfileStep = createStep(
  "kassa-upsert-customer-profile",
  async (input: CustomerProfileInput, { container }) => {
    const service: CustomerProfileModuleService = container.resolve(CUSTOMER_PROFILE_MODULE)
    const [existing] = await service.listCustomerProfiles({ customer_id: input.customer_id }, { select: FIELDS })
    const { customer_id, ...changes } = input
    const consentAt =
      changes.marketing_consent === undefined
        ? {}
        : { marketing_consent_at: changes.marketing_consent ? (existing?.marketing_consent ? existing.marketing_consent_at : new Date()) : null }
    if (!existing) {
      const created = await service.createCustomerProfiles({ customer_id, ...changes, ...consentAt })
      return new StepResponse(created, { created: created.id } as Undo)
    }
    const previous: Saved = {
      id: existing.id,
      gender: existing.gender as Gender | null,
      birthday: existing.birthday,
      marketing_consent: existing.marketing_consent,
      marketing_consent_at: existing.marketing_consent_at as Date | null,
      note: existing.note,
    }
    const updated = await service.updateCustomerProfiles({ id: existing.id, ...changes, ...consentAt })
    return new StepResponse(updated, { previous } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: CustomerProfileModuleService = container.resolve(CUSTOMER_PROFILE_MODULE)
    if (undo.created) await service.deleteCustomerProfiles(undo.created)
    if (undo.previous) await service.updateCustomerProfiles(undo.previous)
  }
)
