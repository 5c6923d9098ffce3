import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { accessOf } from "../../../../access/access"
import { createStaffWorkflow } from "../../../../workflows/staff"
import { listStaff, retrieveStaff } from "./query"
import type { PostStaffType } from "./validators"

/** Staff who work at one of the caller's branches (everyone, for staff of every branch). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const access = await accessOf(req)
  const staff = (await listStaff(req.scope)).filter(
    (s) => access.allBranches || s.branch_ids.some((b) => access.atBranch(b))
  )
  res.json({ staff, count: staff.length })
}

/** Adds a staff member: an existing user (`user_id`) or a new one with a login (`login`). */
export const POST = async (req: AuthenticatedMedusaRequest<PostStaffType>, res: MedusaResponse) => {
  const { result } = await createStaffWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ staff: await retrieveStaff(req.scope, result.id) })
}
