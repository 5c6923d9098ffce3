import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/** The customer the URL names, or a 404 (an id of any shape: what is not a customer is not found). */
export async function customerOr404(req: MedusaRequest): Promise<string> {
  const id = req.params.id
  const [found] = /^cus_[0-9A-Za-z]{1,60}$/.test(id) ? await req.scope.resolve(Modules.CUSTOMER).listCustomers({ id }, { select: ["id"] }) : []
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No customer ${id}`)
  return found.id
}
