import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRINTING_MODULE } from "../../../modules/printing"
import type PrintingModuleService from "../../../modules/printing/service"
import { maxPrintAttempts } from "../../../queue/settings"
import type { LabelJob } from "./render-label-job"

/** Queues the labels as one job of kind `label`; undone by deleting it before it is taken. */
export const queueLabelJobStep = createStep(
  "kassa-printing-queue-label-job",
  async (job: LabelJob, { container }) => {
    const { labels: _, ...fields } = job
    const created = await container.resolve<PrintingModuleService>(PRINTING_MODULE).createPrintJobs({
      ...fields,
      kind: "label",
      order_id: null,
      receipt_number: null,
      kicks_drawer: false,
      status: "pending",
      attempts: 0,
      max_attempts: maxPrintAttempts(),
      next_attempt_at: new Date(),
    })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PrintingModuleService>(PRINTING_MODULE).deletePrintJobs(id)
  }
)
