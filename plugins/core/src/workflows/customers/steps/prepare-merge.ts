import type { CustomerDTO, ICustomerModuleService } from "@medusajs/framework/types"
import { generateEntityId, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_MERGE_MODULE } from "../../../modules/customer-merge"
import type CustomerMergeModuleService from "../../../modules/customer-merge/service"

export type MergeCustomersInput = { into_customer_id: string; from_customer_id: string; reason: string; merged_by: string }

/** A customer as the merge record keeps it (before and after). */
export type CustomerFacts = Pick<CustomerDTO, "id" | "first_name" | "last_name" | "email" | "phone" | "company_name" | "has_account">

export const FACTS = ["id", "first_name", "last_name", "email", "phone", "company_name", "has_account"] as const

export const factsOf = (c: CustomerDTO): CustomerFacts => Object.fromEntries(FACTS.map((k) => [k, c[k] ?? null])) as CustomerFacts

/**
 * Refuses, before anything is written, a merge of a customer with itself (400), of an unknown
 * customer (404), of one merged away already (400, naming the one it went into), or merging away
 * a customer with a web account (400: keep that one); returns both
 * customers as they are and the merge's id, which every later step and hook writes under.
 */
export const prepareMergeStep = createStep("kassa-prepare-customer-merge", async (input: MergeCustomersInput, { container }) => {
  const { into_customer_id: into, from_customer_id: from } = input
  if (into === from) throw new MedusaError(MedusaError.Types.INVALID_DATA, "A customer cannot be merged with itself: choose the duplicate to merge into this one")
  const merges: CustomerMergeModuleService = container.resolve(CUSTOMER_MERGE_MODULE)
  const earlier = await merges.listCustomerMerges({ from_customer_id: [from, into] }, { select: ["from_customer_id", "into_customer_id", "merged_at"] })
  for (const m of earlier) {
    const which = m.from_customer_id === from ? "being merged" : "to keep"
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The customer ${which} (${m.from_customer_id}) was already merged into ${m.into_customer_id} on ${new Date(m.merged_at).toISOString().slice(0, 10)}`
    )
  }
  const customers: ICustomerModuleService = container.resolve(Modules.CUSTOMER)
  const found = await customers.listCustomers({ id: [into, from] }, { select: [...FACTS] })
  const byId = new Map(found.map((c) => [c.id, c]))
  for (const id of [into, from]) if (!byId.has(id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${id} was not found`)
  // A web account signs in as its customer (the auth identity names it): archiving that customer
  // would lock its owner out of the store. The one with the account is the one to keep.
  if (byId.get(from)!.has_account) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      byId.get(into)!.has_account
        ? "Both customers sign in to the web store with an account of their own: they cannot be merged"
        : "The customer being merged signs in to the web store: keep that customer and merge the other into it"
    )
  }
  return new StepResponse({
    merge_id: generateEntityId(undefined, "cmrg"),
    before: { into: factsOf(byId.get(into)!), from: factsOf(byId.get(from)!) },
  })
})
