import { emitDocumentReady, slipRule } from "@kassa/core/kit"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { drawerReportDocument } from "../drawer/report-document"
import { POS_DRAWER_CLOSED, type PosDrawerClosedData } from "../workflows/drawer/events"

/**
 * A closed drawer's Z report, offered as a slip to whatever prints for the store (a printer routed
 * to `z_report` at that register). The drawer is closed whatever happens here: a failure is logged.
 */
export default async function zReportSlip({ event, container }: SubscriberArgs<PosDrawerClosedData>) {
  try {
    const report = await drawerReportDocument(container, event.data.session_id)
    await emitDocumentReady(container, {
      task: "z_report",
      stock_location_id: report.session.stock_location_id,
      register_id: report.session.register_id,
      staff_id: event.data.closed_by,
      reference: `#${report.number}`,
      lines: [...report.lines, slipRule, report.printed],
    })
  } catch (e) {
    container.resolve<Logger>(ContainerRegistrationKeys.LOGGER).warn(`POS: the Z report of ${event.data.session_id} was not offered to a printer (${(e as Error).message})`)
  }
}

export const config: SubscriberConfig = { event: POS_DRAWER_CLOSED }
