import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { archiveCustomerStep, type ArchiveCustomerInput, restoreCustomerStep } from "../steps/customer-archive"
import { archiveOrderStep, type ArchiveOrderInput, restoreOrderStep } from "../steps/order-archive"
import { restoreProductStep } from "../steps/product-archive"
import { archiveStaffStep, type ArchiveStaffInput, restoreStaffStep } from "../steps/staff-archive"

// One lock per record: two managers archiving (or archiving and restoring) the same record at
// once are taken in turn, and the second finds it already archived (or live). Staff take one
// store-wide lock, since "the last active owner" is a fact about all of them.
const orderKey = (input: WorkflowData<{ order_id: string }>) => transform({ input }, ({ input }) => `kassa-archive-order:${input.order_id}`)
const customerKey = (input: WorkflowData<{ customer_id: string }>) => transform({ input }, ({ input }) => `kassa-archive-customer:${input.customer_id}`)
const STAFF_KEY = "kassa-archive-staff"

/** Archives a completed or canceled order, recording its status, who, when and why. */
export const archiveOrderRecordWorkflow = createWorkflow("kassa-archive-order", (input: WorkflowData<ArchiveOrderInput>) => {
  const key = orderKey(input)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const archived = archiveOrderStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(archived)
})

/** Puts an archived order back in the status it had. */
export const restoreOrderRecordWorkflow = createWorkflow("kassa-restore-order", (input: WorkflowData<{ order_id: string }>) => {
  const key = orderKey(input)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const restored = restoreOrderStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(restored)
})

/** Archives a customer (soft-deleted in Medusa's module, who, when and why in its metadata). */
export const archiveCustomerWorkflow = createWorkflow("kassa-archive-customer", (input: WorkflowData<ArchiveCustomerInput>) => {
  const key = customerKey(input)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const archived = archiveCustomerStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(archived)
})

/** Brings an archived customer back. */
export const restoreCustomerWorkflow = createWorkflow("kassa-restore-customer", (input: WorkflowData<{ customer_id: string }>) => {
  const key = customerKey(input)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const restored = restoreCustomerStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(restored)
})

/** Archives a staff member: deactivated with a reason; never oneself, never the last active owner. */
export const archiveStaffWorkflow = createWorkflow("kassa-archive-staff", (input: WorkflowData<ArchiveStaffInput>) => {
  const key = STAFF_KEY
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const archived = archiveStaffStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(archived)
})

/** Reactivates an archived staff member. */
export const restoreStaffWorkflow = createWorkflow("kassa-restore-staff", (input: WorkflowData<{ staff_id: string }>) => {
  const key = STAFF_KEY
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const restored = restoreStaffStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(restored)
})

/**
 * Brings back a product archived because it had sales (DELETE /admin/products/:id): published
 * and for sale again. One lock per product, as the other records.
 */
export const restoreProductWorkflow = createWorkflow("kassa-restore-product", (input: WorkflowData<{ product_id: string }>) => {
  const key = transform({ input }, ({ input }) => `kassa-archive-product:${input.product_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const restored = restoreProductStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(restored)
})
