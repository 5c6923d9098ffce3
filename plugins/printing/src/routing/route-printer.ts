import { STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { PrintTask } from "../modules/printing/models/print-route"
import type PrintingModuleService from "../modules/printing/service"
import { receiptPrinterFor } from "./receipt-printer"

export type PrintAsk = {
  stock_location_id: string
  task: PrintTask
  register_id: string | null
  /**
   * The Kassa role ids of the staff member the document is printed for (the sale's cashier), read
   * only when a route of the task names a role: most branches set none, and a receipt is on the
   * way from the sale to the printer.
   */
  roleIds: () => Promise<string[]>
}

/**
 * The printer for a task at a counter, by the branch's routing table, most specific first:
 * register and role, register, role, the branch's default. A route whose printer is switched off
 * or removed is passed over. A receipt with no route keeps the rule from before routing (the
 * register's receipt printer, else the branch's), so branches that never set a route print as
 * they did. Null: print from the browser.
 */
export async function printerForTask(printing: PrintingModuleService, ask: PrintAsk) {
  const routes = await printing.listPrintRoutes({ stock_location_id: ask.stock_location_id, task: ask.task }, { order: { created_at: "ASC" } })
  const roleIds = routes.some((r) => r.role_id) ? await ask.roleIds() : []
  const rank = (r: { register_id: string | null; role_id: string | null }) => {
    if (r.register_id && r.register_id !== ask.register_id) return -1
    if (r.role_id && !roleIds.includes(r.role_id)) return -1
    return (r.register_id ? 0 : 2) + (r.role_id ? 0 : 1)
  }
  const fitting = routes.filter((r) => rank(r) >= 0).sort((a, b) => rank(a) - rank(b))
  if (fitting.length) {
    const printers = await printing.listPrinters({ id: fitting.map((r) => r.printer_id), is_active: true })
    const byId = new Map(printers.map((p) => [p.id, p]))
    const routed = fitting.map((r) => byId.get(r.printer_id)).find(Boolean)
    if (routed) return routed
  }
  return ask.task === "receipt" ? receiptPrinterFor(printing, ask) : null
}

/** A user's role ids as staff (an admin request's actor): none without a staff record. */
export async function userRoleIds(container: MedusaContainer, userId: string | null) {
  if (!userId) return []
  const [staff] = await container.resolve<StaffModuleService>(STAFF_MODULE).listStaffMembers({ user_id: userId }, { select: ["role_ids"] })
  return (staff?.role_ids as string[] | undefined) ?? []
}

/** A staff member's role ids (none for an unknown id: the branch's routes without a role apply). */
export async function staffRoleIds(container: MedusaContainer, staffId: string | null) {
  if (!staffId) return []
  const [staff] = await container.resolve<StaffModuleService>(STAFF_MODULE).listStaffMembers({ id: staffId }, { select: ["role_ids"] })
  return (staff?.role_ids as string[] | undefined) ?? []
}
