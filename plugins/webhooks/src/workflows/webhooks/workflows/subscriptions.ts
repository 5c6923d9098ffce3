import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSubscriptionStep, deleteSubscriptionStep, updateSubscriptionStep, type SubscriptionFields } from "../steps/subscription-steps"
import { redeliverStep } from "../steps/redeliver"

export const createWebhookSubscriptionWorkflow = createWorkflow("kassa-webhooks-create-subscription", (input: SubscriptionFields & { created_by: string | null }) => {
  return new WorkflowResponse(createSubscriptionStep(input))
})

export const updateWebhookSubscriptionWorkflow = createWorkflow("kassa-webhooks-update-subscription", (input: Partial<SubscriptionFields> & { id: string; rotate_secret?: boolean }) => {
  return new WorkflowResponse(updateSubscriptionStep(input))
})

export const deleteWebhookSubscriptionWorkflow = createWorkflow("kassa-webhooks-delete-subscription", (id: string) => {
  return new WorkflowResponse(deleteSubscriptionStep(id))
})

export const redeliverWebhookWorkflow = createWorkflow("kassa-webhooks-redeliver", (id: string) => {
  return new WorkflowResponse(redeliverStep(id))
})
