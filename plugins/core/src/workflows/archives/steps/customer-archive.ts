import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** What an archived customer's metadata keeps: who archived them, when and why. */
export type CustomerArchiveRecord = { reason: string; by: string; at: string }

export type ArchiveCustomerInput = { customer_id: string; reason: string; archived_by: string }

type CustomerRow = { id: string; first_name: string | null; last_name: string | null; email: string | null; metadata: Record<string, unknown> | null; deleted_at: Date | string | null }

type Customers = {
  listCustomers: (filters: object, config: object) => Promise<CustomerRow[]>
  updateCustomers: (id: string, data: { metadata: Record<string, unknown> }) => Promise<unknown>
  softDeleteCustomers: (ids: string[]) => Promise<unknown>
  restoreCustomers: (ids: string[]) => Promise<unknown>
}

const SELECT = { select: ["id", "first_name", "last_name", "email", "metadata", "deleted_at"], withDeleted: true }

async function loadCustomer(customers: Customers, id: string) {
  const [customer] = await customers.listCustomers({ id }, SELECT)
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${id} was not found`)
  return customer
}

const nameOf = (c: CustomerRow) => [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email || c.id

/**
 * Archives a customer without losing anything: the record is soft-deleted in Medusa's customer
 * module (gone from Medusa's lists and the counter's search; its orders keep it), after its
 * metadata records who, when and why. Not `deleteCustomersWorkflow`: it soft-deletes the same
 * way but announces `customer.deleted` (and its hook), which listeners take as gone for good.
 * Undone, the customer is live with the metadata it had.
 */
export const archiveCustomerStep = createStep(
  "kassa-archive-customer",
  async (input: ArchiveCustomerInput, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER) as unknown as Customers
    const customer = await loadCustomer(customers, input.customer_id)
    if (customer.deleted_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Customer ${nameOf(customer)} is already archived`)
    const record: CustomerArchiveRecord = { reason: input.reason, by: input.archived_by, at: new Date().toISOString() }
    // The customer module merges metadata: only Kassa's key is written, and "" removes it.
    await customers.updateCustomers(customer.id, { metadata: { kassa_archived: record } })
    await customers.softDeleteCustomers([customer.id])
    return new StepResponse({ id: customer.id, archive: record }, { id: customer.id, metadata: { kassa_archived: "" } })
  },
  async (before, { container }) => {
    if (!before) return
    const customers = container.resolve(Modules.CUSTOMER) as unknown as Customers
    await customers.restoreCustomers([before.id])
    await customers.updateCustomers(before.id, { metadata: before.metadata })
  }
)

/**
 * Brings an archived customer back. Only customers Kassa archived: one merged into another
 * (`kassa_customer_merge`) or deleted through Medusa's own route is not restored here, since its
 * orders and addresses now belong to someone else or its sign-in is gone.
 */
export const restoreCustomerStep = createStep(
  "kassa-restore-customer",
  async (input: { customer_id: string }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER) as unknown as Customers
    const customer = await loadCustomer(customers, input.customer_id)
    if (!customer.deleted_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Customer ${nameOf(customer)} is not archived`)
    if (!customer.metadata?.kassa_archived) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Customer ${nameOf(customer)} was merged into another customer or deleted, not archived: it cannot be restored here`)
    }
    await customers.restoreCustomers([customer.id])
    await customers.updateCustomers(customer.id, { metadata: { kassa_archived: "" } })
    return new StepResponse({ id: customer.id }, { id: customer.id, metadata: { kassa_archived: customer.metadata.kassa_archived } })
  },
  async (before, { container }) => {
    if (!before) return
    const customers = container.resolve(Modules.CUSTOMER) as unknown as Customers
    await customers.updateCustomers(before.id, { metadata: before.metadata })
    await customers.softDeleteCustomers([before.id])
  }
)
