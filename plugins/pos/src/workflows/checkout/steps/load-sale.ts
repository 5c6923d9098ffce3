import { STAFF_MODULE, type BranchFacts, type StaffModuleService } from "@kassa/core/kit"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { branchSiteAt } from "../../../sale/branch-site"
import { ownMethodsOf, type OwnMethod } from "../../../sale/branch-tenders"
import { num } from "../../../sale/money"
import { lineForPricing, type TicketForPricing } from "../../../sale/price-ticket"
import { notForSale, type StockItem } from "../../../scan/find-variants"

export type SaleContext = {
  ticket: Omit<TicketForPricing, "lines"> & {
    lines: (TicketForPricing["lines"][number] & { stock_items: StockItem[] | null })[]
    stock_location_id: string
    register_id: string
    opened_by: string
    sales_agent_id: string | null
    customer_id: string | null
    region_id: string
    sales_channel_id: string
    status: string
  }
  branch: BranchFacts & {
    allow_negative_stock: boolean
    other_tenders: OwnMethod[]
  }
  customer: { id: string; email: string | null } | null
  agent: { id: string; user_id: string; commission_rate: number | null }
  /** The register's open cash drawer session: no sale without one. */
  drawer_session_id: string
  /** The setup's version read with the ticket: the checkout's cached setup reads are at it (config-cache.ts). */
  config_version: string | null
}

/** The ticket and everything about its branch, seller and customer the checkout needs, checked. */
export const loadSaleStep = createStep("kassa-pos-load-sale", async (input: { ticket_id: string }, { container }) => {
  const pos: PosModuleService = container.resolve(POS_MODULE)
  const records = await pos.checkoutRecords(input.ticket_id)
  if (!records) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No ticket ${input.ticket_id}`)
  const { ticket, drawer_session_id, config_version } = records
  if (ticket.status !== "open" && ticket.status !== "parked") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Ticket ${ticket.id} is ${ticket.status}: it cannot be checked out`)
  }
  if (!ticket.lines.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The ticket has no items")
  const missing = ticket.lines.find((l) => l.requires_serial && (l.serial_numbers ?? []).length !== l.quantity)
  if (missing) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${missing.title} needs a serial number for each of its ${missing.quantity} unit(s) (${(missing.serial_numbers ?? []).length} given)`
    )
  }

  // The module services directly: cheaper than query.graph for single-module reads.
  const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
  const agentId = ticket.sales_agent_id ?? ticket.opened_by
  const [site, settings, agent, customers, products] = await Promise.all([
    branchSiteAt(container, ticket.stock_location_id, config_version),
    records.settings ?? pos.settingsFor(ticket.stock_location_id),
    staff.sellerRecord(agentId),
    ticket.customer_id ? container.resolve(Modules.CUSTOMER).listCustomers({ id: ticket.customer_id }, { select: ["id", "email"] }) : [],
    // A line scanned before its product was archived (or unpublished) does not sell either.
    container.resolve(Modules.PRODUCT).listProducts({ id: [...new Set(ticket.lines.map((l) => l.product_id))] }, { select: ["id", "title", "status", "metadata"] }),
  ])
  for (const p of products) {
    const why = notForSale(p, p.status, Boolean(p.metadata?.kassa_archived_at))
    if (why) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${why}; take it off the ticket`)
  }
  if (!site) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location ${ticket.stock_location_id} is not a Kassa branch`)
  if (!agent) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No staff member ${agentId}`)
  if (!drawer_session_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This register's cash drawer is not open: open a drawer session (count the float) before taking a sale")
  }
  const customer = (customers[0] as SaleContext["customer"] | undefined) ?? null

  const sale: SaleContext = {
    // Only what the checkout uses: every step that takes the sale gets its own copy of it.
    ticket: {
      id: ticket.id,
      status: ticket.status,
      stock_location_id: ticket.stock_location_id,
      register_id: ticket.register_id,
      opened_by: ticket.opened_by,
      sales_agent_id: ticket.sales_agent_id,
      customer_id: ticket.customer_id,
      region_id: ticket.region_id,
      sales_channel_id: ticket.sales_channel_id,
      currency_code: ticket.currency_code,
      promo_codes: (ticket.promo_codes ?? []) as string[],
      discount_type: ticket.discount_type,
      discount_value: ticket.discount_value,
      lines: ticket.lines.map((l) => ({ ...lineForPricing(l), stock_items: l.stock_items as unknown as StockItem[] | null })),
    },
    branch: {
      ...site,
      allow_negative_stock: settings.allow_negative_stock,
      other_tenders: ownMethodsOf(settings),
    },
    customer,
    agent: { id: agent.id, user_id: agent.user_id, commission_rate: agent.commission_rate == null ? null : num(agent.commission_rate) },
    drawer_session_id,
    config_version,
  }
  return new StepResponse(sale)
})
