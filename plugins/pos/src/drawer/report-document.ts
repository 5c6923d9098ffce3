import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"
import { drawerFigures, type DrawerFigures } from "./figures"
import { drawerReportLines, printedLine } from "./report"

/**
 * A drawer session's report as it prints: X (as of now) while the session is open, its issued Z
 * report once closed — the lines, the line only a printed copy carries, and the document's title.
 */
export async function drawerReportDocument(container: MedusaContainer, sessionId: string, asOf = new Date()) {
  const pos = container.resolve<PosModuleService>(POS_MODULE)
  const session = await pos.retrieveDrawerSession(sessionId)
  const [z] = await pos.listZReports({ session_id: session.id })
  const figures = z ? (z.figures as unknown as DrawerFigures) : await drawerFigures(container, session.id)
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "branch", fields: ["code", "timezone", "registers.id", "registers.code"], filters: { stock_location_id: session.stock_location_id } })
  const branch = data[0] as { code: string; timezone: string; registers: { id: string; code: string }[] }
  const heading = {
    kind: (z ? "Z" : "X") as "X" | "Z",
    number: z?.number ?? null,
    branch: branch.code,
    register: branch.registers.find((r) => r.id === session.register_id)?.code ?? session.register_id,
    as_of: asOf,
    timezone: branch.timezone,
  }
  return {
    session,
    kind: heading.kind,
    number: heading.number,
    figures,
    lines: drawerReportLines(figures, heading),
    printed: printedLine(asOf, branch.timezone),
    title: z ? `Z report ${branch.code} ${heading.register} #${z.number}` : `X report ${branch.code} ${heading.register}`,
  }
}
