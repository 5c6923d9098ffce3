import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bookDamagedReturnStep } from "../steps/book-damaged-return"

/** A counter return's damaged units become defective stock (once, however often the event comes). */
export const bookDamagedReturnWorkflow = createWorkflow("kassa-warranty-book-damaged-return", (input: { return_id: string }) => {
  return new WorkflowResponse(bookDamagedReturnStep(input))
})
