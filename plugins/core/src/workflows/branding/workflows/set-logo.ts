import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setLogoStep, type SetLogoInput } from "../steps/set-logo"

/** The store's logo, or a branch's own, set or removed: printed on what the store prints from then on. */
export const setLogoWorkflow = createWorkflow("kassa-set-logo", (input: WorkflowData<SetLogoInput>) => new WorkflowResponse(setLogoStep(input)))
