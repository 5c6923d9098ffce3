/**
 * What a new cashier stumbled on at the counter on a store's first day (issue 32), by keyboard:
 * a known phone found even when Enter comes before the search answers, the customer before the
 * first item, an installment sale without the mouse, a return reason from its chips, notices
 * that go with the next sale and a parked list that tells sales apart, and the sales agent who
 * earns the commission. Same setup as pos-page.spec.ts; screenshots go to artifacts/.
 */
import { STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { buildCustomers } from "../../src/scripts/demo/people"
import { adminHeaders, staffHeaders, TEST_PASSWORD } from "../helpers/admin"
import { BROWSER_TIMEOUT as timeout, launchChromium, openCounter as signInAtCounter, peso, scanInto, shot, stocked, until, watchedContext, wedgeScan, type Item } from "../helpers/counter-browser"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(600000)

const CASHIER = "cashier.mnl@example.com"
/** A demo sales agent at Manila: may sell on installments, and earns commissions. */
const AGENT = "agent1.mnl@example.com"

/** A demo customer's mobile number as a cashier types it: 0917 123 4567 for +639171234567. */
const localPhone = (phone: string) => `0${phone.slice(3, 6)} ${phone.slice(6, 9)} ${phone.slice(9)}`

/** An attribute of the element that has the keyboard's focus. */
const focused = (page: Page, attribute: string) => page.evaluate(`document.activeElement && document.activeElement.getAttribute("${attribute}")`)

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let browser: Browser
    let context: BrowserContext
    let base: string
    let items: Item[]
    let manila: string
    let end: () => Promise<string[]>

    beforeAll(async () => {
      browser = await launchChromium()
    })
    afterAll(async () => browser?.close())

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      base = api.defaults.baseURL as string
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "branch", fields: ["stock_location_id"], filters: { code: "MNL" } })
      manila = (data[0] as { stock_location_id: string }).stock_location_id
      items = await stocked(container, buildCatalog().filter((p) => p.category === "Accessories").slice(0, 3), manila)
      await staffHeaders(api, container, CASHIER, { roles: ["Cashier"], branch_ids: [manila] })
      const watched = await watchedContext(browser, "first-day")
      context = watched.context
      end = watched.end
    })
    afterEach(async () => expect(await end()).toEqual([]))

    const openCounter = (page: Page, email = CASHIER) => signInAtCounter(page, base, email)

    /** F9, exact cash, Enter: the receipt number, back on an empty counter. */
    async function payCash(page: Page) {
      await page.keyboard.press("F9")
      await page.getByLabel("Cash handed over").waitFor({ timeout })
      const checkout = page.waitForResponse("**/checkout")
      await page.keyboard.press("Enter")
      const { sale } = (await (await checkout).json()) as { sale: { order_id: string } }
      await page.getByTestId("receipt-dialog").waitFor({ timeout })
      const receipt = await page.getByTestId("receipt-number").innerText()
      await page.keyboard.press("Enter")
      await page.getByText("Scan an item to start the sale").waitFor({ timeout })
      return { receipt, orderId: sale.order_id }
    }

    it("finds a known phone though Enter comes before the search answers, before the first item; an unknown phone adds a customer", async () => {
      const page = await context.newPage()
      await openCounter(page)
      // A slow network: the lookup answers well after the cashier's Enter.
      await page.route("**/admin/kassa/pos/customers?**", async (route) => {
        await new Promise((r) => setTimeout(r, 800))
        await route.continue()
      })
      const known = buildCustomers()[0]

      // The customer first, on an empty counter: typed and Enter at once.
      await page.keyboard.press("F3")
      await page.getByLabel("Phone or name").waitFor({ timeout })
      await page.keyboard.type(localPhone(known.phone), { delay: 5 })
      await page.keyboard.press("Enter")
      await page.getByRole("dialog", { name: "Customer" }).waitFor({ state: "detached", timeout })
      expect(await page.getByLabel("First name").count()).toBe(0)
      await page.getByRole("button", { name: "Customer" }).getByText(`${known.first_name} ${known.last_name}`).waitFor({ timeout })
      await shot(page, "first-day-customer-first-1280.png")

      // The first item joins the sale the customer opened.
      await wedgeScan(page, items[0].barcode)
      await until(() => page.getByTestId("cart-line").count(), 1)
      await page.getByRole("button", { name: "Customer" }).getByText(`${known.first_name} ${known.last_name}`).waitFor({ timeout })
      const { orderId } = await payCash(page)
      const owner = await adminHeaders(api, getContainer(), "owner@example.com")
      const order = (await api.get(`/admin/orders/${orderId}?fields=id,*customer`, owner)).data.order
      expect(order.customer.phone).toBe(known.phone)

      // A phone nobody has: Enter (also before the answer) offers to add them.
      await page.keyboard.press("F3")
      await page.getByLabel("Phone or name").waitFor({ timeout })
      await page.keyboard.type("0917 555 0142", { delay: 5 })
      await page.keyboard.press("Enter")
      await page.getByLabel("First name").waitFor({ timeout })
      await page.keyboard.type("Nena")
      await page.keyboard.press("Enter")
      await page.getByRole("button", { name: "Customer" }).getByText("Nena").waitFor({ timeout })
    })

    it("sells on installments by keyboard alone: PageDown to the tender, a term already chosen, Tab through terms and credit details", async () => {
      const page = await context.newPage()
      await openCounter(page, AGENT)
      await page.keyboard.press("F1")
      const help = page.getByRole("dialog", { name: "Keyboard shortcuts" })
      await help.getByText("PgUp PgDn").waitFor({ timeout })
      await help.getByText("Alt+A").waitFor({ timeout })
      await shot(page, "first-day-help-1280.png")
      await page.keyboard.press("Escape")

      // A new customer, then the item.
      await page.keyboard.press("F3")
      await page.getByLabel("Phone or name").waitFor({ timeout })
      await page.keyboard.type("0917 555 0177", { delay: 5 })
      await page.keyboard.press("Enter")
      await page.getByLabel("First name").waitFor({ timeout })
      await page.keyboard.type("Lorna")
      await page.keyboard.press("Tab")
      await page.keyboard.type("Keys")
      await page.keyboard.press("Enter")
      await page.getByRole("button", { name: "Customer" }).getByText("Lorna Keys").waitFor({ timeout })
      await wedgeScan(page, items[0].barcode)
      await until(() => page.getByTestId("cart-line").count(), 1)
      const total = items[0].price

      // PageDown moves between the tenders until Installment; its down payment has the focus.
      await page.keyboard.press("F9")
      await page.getByLabel("Cash handed over").waitFor({ timeout })
      const installment = page.getByRole("tab", { name: "Installment" })
      for (let i = 0; i < 8 && (await installment.getAttribute("aria-selected")) !== "true"; i++) await page.keyboard.press("PageDown")
      expect(await installment.getAttribute("aria-selected")).toBe("true")
      const down = page.getByLabel("Down payment")
      await until(async () => (await down.inputValue()) !== "", true)
      // The first term is chosen already.
      await until(() => page.getByRole("radio", { checked: true }).count(), 1)
      expect(await focused(page, "aria-label")).toBe("Down payment")
      const downPayment = Math.ceil(total * 0.3)
      await page.keyboard.press("Control+A")
      await page.keyboard.type(String(downPayment))

      // Tab reaches the terms; → moves to 6 months.
      await page.keyboard.press("Tab")
      expect(await focused(page, "role")).toBe("radio")
      const six = page.getByRole("radio", { name: /^6 months/ })
      for (let i = 0; i < 6 && (await six.getAttribute("aria-checked")) !== "true"; i++) await page.keyboard.press("ArrowRight")
      expect(await six.getAttribute("aria-checked")).toBe("true")
      await page.getByTestId("installment-quote").getByText(peso(total - downPayment)).waitFor({ timeout })

      // Credit details: Tab to the ID type (kept), the ID number, the street, the city.
      await page.keyboard.press("Tab")
      expect(await focused(page, "aria-label")).toBe("ID type")
      for (const [field, text] of [["ID number", "0028-7777777-1"], ["Street address", "7 Mabini Street"], ["City", "Manila"]]) {
        await page.keyboard.press("Tab")
        expect(await focused(page, "aria-label")).toBe(field)
        await page.keyboard.type(text)
      }
      await shot(page, "first-day-installment-keys-1280.png")

      // Enter adds the plan; the down payment is due in cash; Enter again takes it exact.
      await page.keyboard.press("Enter")
      await page.getByTestId("due").getByText(peso(downPayment)).waitFor({ timeout })
      const checkout = page.waitForResponse("**/checkout")
      await page.keyboard.press("Enter")
      const { sale } = (await (await checkout).json()) as { sale: { order_id: string } }
      await page.getByTestId("receipt-dialog").waitFor({ timeout })
      const owner = await adminHeaders(api, getContainer(), "owner@example.com")
      const { data } = await api.get(`/admin/kassa/installments/plans?order_id=${sale.order_id}`, owner)
      expect(data.plans).toEqual([expect.objectContaining({ term_months: 6, down_payment: downPayment.toFixed(2), amount_financed: (total - downPayment).toFixed(2) })])
    })

    it("parks with a correct plural and a parked list that tells sales apart; notices go with the next sale; a reason chip and Enter send the return", async () => {
      const page = await context.newPage()
      await openCounter(page)
      const known = buildCustomers()[1]

      // One item, a customer, parked: "1 item", and the list shows total, first item, customer.
      await wedgeScan(page, items[0].barcode)
      await until(() => page.getByTestId("cart-line").count(), 1)
      await page.keyboard.press("F3")
      await page.getByLabel("Phone or name").fill(localPhone(known.phone))
      await page.getByRole("dialog", { name: "Customer" }).getByText(known.phone).waitFor({ timeout })
      await page.keyboard.press("Enter")
      await page.getByRole("button", { name: "Customer" }).getByText(known.first_name).waitFor({ timeout })
      await page.keyboard.press("F8")
      await page.getByTestId("notice").getByText("Sale parked (1 item).").waitFor({ timeout })

      await page.keyboard.press("Shift+F8")
      const parked = page.getByTestId("parked-dialog").getByRole("option").first()
      await parked.waitFor({ timeout })
      const text = await parked.innerText()
      expect(text).toContain(peso(items[0].price))
      expect(text).toContain(items[0].title)
      expect(text).toContain(`${known.first_name} ${known.last_name}`)
      expect(text).toMatch(/1 item parked at/)
      await shot(page, "first-day-parked-1280.png")
      await page.keyboard.press("Enter")
      await page.getByTestId("notice").getByText("Parked sale resumed").waitFor({ timeout })

      // The next sale takes the notice away.
      const { receipt } = await payCash(page)
      expect(await page.getByTestId("notice").count()).toBe(0)
      await shot(page, "first-day-after-sale-1280.png")

      // A return: the quantity, a reason chip, then Enter (no typing) refunds.
      await page.keyboard.press("Alt+R")
      await page.getByTestId("find-sale").waitFor({ timeout })
      await scanInto(page, receipt)
      const form = page.getByTestId("return-form")
      await form.waitFor({ timeout })
      await form.getByLabel(`Quantity back: ${items[0].title}`, { exact: true }).fill("1")
      // Enter with no reason: the form asks for one.
      await form.getByLabel("Reason").focus()
      await page.keyboard.press("Enter")
      await form.getByText("Give the reason").waitFor({ timeout })
      await form.getByRole("button", { name: "Changed mind" }).click()
      expect(await form.getByLabel("Reason").inputValue()).toBe("Changed mind")
      expect(await form.getByText("Give the reason").count()).toBe(0)
      await shot(page, "first-day-reason-chip-1280.png")
      // A cashier's return then waits for a manager's PIN: what matters here is that it was asked.
      const sent = page.waitForRequest((r) => r.url().endsWith("/admin/kassa/pos/returns") && r.method() === "POST")
      await page.keyboard.press("Enter")
      expect((await sent).postDataJSON()).toEqual(expect.objectContaining({ reason: "Changed mind" }))
      await form.getByText("a manager approves this").waitFor({ timeout })
    })

    it("credits the sale to the sales agent picked at the counter (Alt+A): shown on the sale, carried by the order and the commission", async () => {
      const container = getContainer()
      const owner = await adminHeaders(api, container, "owner@example.com")
      const agentUser = (await container.resolve(Modules.USER).listUsers({ email: AGENT }))[0]
      const [agent] = await container.resolve<StaffModuleService>(STAFF_MODULE).listStaffMembers({ user_id: agentUser.id })
      await api.post(`/admin/kassa/staff/${agent.id}`, { commission_rate: 2.5 }, owner)

      const page = await context.newPage()
      await openCounter(page)
      // The agent before the first item, too: the sale opens for them.
      await page.keyboard.press("Alt+A")
      const dialog = page.getByTestId("agent-dialog")
      await dialog.getByRole("option", { name: /Kristine Reyes/ }).waitFor({ timeout })
      await shot(page, "first-day-agent-picker-1280.png")
      for (let i = 0; i < 8 && (await dialog.getByRole("option", { name: /Kristine Reyes/ }).getAttribute("aria-selected")) !== "true"; i++) {
        await page.keyboard.press("ArrowDown")
      }
      await page.keyboard.press("Enter")
      await page.getByTestId("agent").getByText("Kristine Reyes").waitFor({ timeout })
      await wedgeScan(page, items[1].barcode)
      await until(() => page.getByTestId("cart-line").count(), 1)
      await page.getByTestId("agent").getByText("Kristine Reyes").waitFor({ timeout })
      await shot(page, "first-day-agent-1280.png")
      const { orderId } = await payCash(page)

      const order = (await api.get(`/admin/orders/${orderId}?fields=id,metadata`, owner)).data.order
      expect(order.metadata.kassa.sales_agent_id).toBe(agent.id)
      const { data } = await api.get(`/admin/kassa/pos/commissions?location_id=${manila}`, owner)
      expect(data.commissions).toEqual([expect.objectContaining({ staff_member_id: agent.id, orders: 1 })])

      // Only the branch's own sellers can be agents: the owner (every branch) is refused.
      const [ownerStaff] = await container.resolve<StaffModuleService>(STAFF_MODULE).listStaffMembers({
        user_id: (await container.resolve(Modules.USER).listUsers({ email: "owner@example.com" }))[0].id,
      })
      const open = await api.post(`/admin/kassa/pos/tickets`, { location_id: manila, register_id: order.metadata.kassa.register_id }, owner)
      const refused = await api.post(`/admin/kassa/pos/tickets/${open.data.ticket.id}`, { sales_agent_id: ownerStaff.id }, owner).catch((e) => e.response)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("is not a sales agent at this branch")
    })
  },
})
