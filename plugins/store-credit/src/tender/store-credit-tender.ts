import { defineTender } from "@kassa/pos/kit"
import { MedusaError } from "@medusajs/framework/utils"
import { defaultExpiry } from "../ledger/defaults"
import { decimal, moneyText, toCentavos } from "../ledger/money"
import { STORE_CREDIT_MODULE } from "../modules/store_credit"
import type StoreCreditModuleService from "../modules/store_credit/service"
import { storeCreditPlugin } from "../plugin"
import { STORE_CREDIT_TENDER } from "./tender-id"

const needsCustomer = () => new MedusaError(MedusaError.Types.INVALID_DATA, "Store credit needs the customer on the sale: set one on the ticket first")

/**
 * The counter's "Store credit" tender: the sale's customer pays part or all of it from their
 * store credit. `validate` refuses early (no customer, not enough credit) before anything is
 * written; `capture` debits the account under its row lock, which decides for good when two
 * registers spend the same credit at once. A failed checkout and a void both write a reversal:
 * the ledger keeps what happened. A return or an exchange can refund to store credit: the credit
 * goes on the sale's customer's account, once per return, with the store's default expiry.
 */
export const storeCreditTender = defineTender({
  id: STORE_CREDIT_TENDER,
  label: "Store credit",
  plugin: storeCreditPlugin.id,
  validate: async (tender, sale) => {
    if (!sale.customer_id) throw needsCustomer()
    const service: StoreCreditModuleService = sale.container.resolve(STORE_CREDIT_MODULE)
    const available = await service.available(sale.customer_id, sale.currency_code)
    const asked = toCentavos(tender.amount)
    if (asked > available) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The customer's store credit is ${moneyText(available, sale.currency_code)}: less than the ${moneyText(asked, sale.currency_code)} asked`
      )
    }
  },
  capture: async (tender, sale) => {
    if (!sale.customer_id) throw needsCustomer()
    const service: StoreCreditModuleService = sale.container.resolve(STORE_CREDIT_MODULE)
    const debit = await service.debit({
      customer_id: sale.customer_id,
      currency_code: sale.currency_code,
      amount: toCentavos(tender.amount),
      reason: "Counter sale",
      reference_type: "order",
      reference_id: sale.order_id,
      stock_location_id: sale.stock_location_id,
      actor_id: sale.sold_by,
    })
    return debit.id
  },
  compensate: async (debitId, { container }) => {
    const service: StoreCreditModuleService = container.resolve(STORE_CREDIT_MODULE)
    await service.reverse({ transaction_id: debitId as string, reason: "Checkout failed" })
  },
  // A void (or an interrupted checkout undone by recovery): every debit of the order comes back once.
  reverse: async ({ container, order_id, reason }) => {
    const service: StoreCreditModuleService = container.resolve(STORE_CREDIT_MODULE)
    await service.reverseDebitsOf({ reference_type: "order", reference_id: order_id, reason: `Sale voided: ${reason}` })
  },
  refund: {
    validate: ({ customer_id }) => {
      if (!customer_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "A refund to store credit needs the sale's customer: this sale has none, refund in money")
    },
    pay: async (refund) => {
      const service: StoreCreditModuleService = refund.container.resolve(STORE_CREDIT_MODULE)
      await service.creditOnce({
        customer_id: refund.customer_id!,
        currency_code: refund.currency_code,
        amount: toCentavos(refund.amount),
        reason: `Refund of return ${refund.return_number}`,
        reference_type: "return",
        reference_id: refund.return_number,
        stock_location_id: refund.stock_location_id,
        actor_id: refund.created_by,
        expires_at: await defaultExpiry(refund.container, new Date()),
      })
    },
  },
  receiptRows: async ({ container, order_id, customer_id, currency_code }) => {
    if (!customer_id) return []
    const service: StoreCreditModuleService = container.resolve(STORE_CREDIT_MODULE)
    const left = await service.balanceAfter(customer_id, currency_code, { type: "order", id: order_id })
    return left == null ? [] : [{ label: "Store credit left", amount: decimal(left) }]
  },
})
