import { createRegisterWorkflow, STAFF_MODULE, type StaffModuleService, upsertBranchWorkflow } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { adminHeaders, Headers, staffHeaders } from "./admin"

export type World = {
  mnl: string
  dav: string
  productId: string
  inventoryItemId: string
  as: Record<"owner" | "manager" | "agent" | "cashier" | "credit", Headers>
  staffId: Record<"manager" | "agent" | "cashier", string>
}

type Api = Parameters<typeof adminHeaders>[0]

/** Two branches (Manila, Davao) with a register each, one stocked product, a staff member of each role. */
export async function buildWorld(api: Api, container: MedusaContainer): Promise<World> {
  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Manila Branch" }, { name: "Davao Branch" }] },
  })
  const [mnl, dav] = locations.map((l) => l.id)
  for (const [id, code] of [[mnl, "MNL"], [dav, "DAV"]]) {
    await upsertBranchWorkflow(container).run({ input: { stock_location_id: id, code } })
    await createRegisterWorkflow(container).run({ input: { stock_location_id: id, name: "Counter 1", code: "R1" } })
  }
  const { result: products } = await createProductsWorkflow(container).run({
    input: { products: [{ title: "Test phone", options: [{ title: "Model", values: ["Standard"] }], variants: [{ title: "Standard", sku: "TP-1", manage_inventory: true, options: { Model: "Standard" }, prices: [{ amount: 1000, currency_code: "php" }] }] }] },
  })
  const [item] = await container.resolve(Modules.INVENTORY).listInventoryItems({ sku: "TP-1" })
  await createInventoryLevelsWorkflow(container).run({
    input: { inventory_levels: [mnl, dav].map((location_id) => ({ inventory_item_id: item.id, location_id, stocked_quantity: 5 })) },
  })

  const as = {
    owner: await adminHeaders(api, container, "owner@example.com"),
    manager: await staffHeaders(api, container, "manager@example.com", { roles: ["Manager"], branch_ids: [mnl] }),
    agent: await staffHeaders(api, container, "agent@example.com", { roles: ["Sales Agent"], branch_ids: [mnl] }),
    cashier: await staffHeaders(api, container, "cashier@example.com", { roles: ["Cashier"], branch_ids: [mnl] }),
    credit: await staffHeaders(api, container, "credit@example.com", { roles: ["Credit Officer"], all_branches: true, branch_ids: [] }),
  }
  const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
  const users = container.resolve(Modules.USER)
  const idOf = async (email: string) => {
    const [user] = await users.listUsers({ email })
    return (await staff.listStaffMembers({ user_id: user.id }))[0].id
  }
  return {
    mnl,
    dav,
    productId: products[0].id,
    inventoryItemId: item.id,
    as,
    staffId: { manager: await idOf("manager@example.com"), agent: await idOf("agent@example.com"), cashier: await idOf("cashier@example.com") },
  }
}

export type BranchSales = { manilaChannel: string; davaoChannel: string; manilaSale: string; davaoSale: string }

/** A sales channel for each branch and one order sold through each. */
export async function sellAtEachBranch(w: World, container: MedusaContainer): Promise<BranchSales> {
  const { result: channels } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Manila counter" }, { name: "Davao counter" }] },
  })
  for (const [location, channel] of [[w.mnl, channels[0].id], [w.dav, channels[1].id]]) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location, add: [channel] } })
  }
  const orders = await container.resolve(Modules.ORDER).createOrders(
    channels.map((c) => ({ sales_channel_id: c.id, currency_code: "php", email: "buyer@example.com", items: [{ title: "Phone", quantity: 1, unit_price: 1000 }] }))
  )
  // createOrders answers in its own order (ids made in the same millisecond), not the input's.
  const [manilaSale, davaoSale] = channels.map((c) => orders.find((o) => o.sales_channel_id === c.id)!.id)
  return { manilaChannel: channels[0].id, davaoChannel: channels[1].id, manilaSale, davaoSale }
}
