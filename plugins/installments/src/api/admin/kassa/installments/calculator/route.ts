import { branchAtOr404 } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INSTALLMENTS_MODULE } from "../../../../../modules/installments"
import type InstallmentsModuleService from "../../../../../modules/installments/service"
import { localDate } from "../../../../../schedule/due-dates"
import { pesos, toCentavos } from "../../../../../schedule/money"
import { minimumDownPayment, quote, type Quote } from "../../../../../schedule/quote"
import { toQuoteTerms, type TermsRow } from "../../../../../terms/quote-terms"
import type { CalculatorType } from "../validators"

const view = (q: Quote) => ({
  term_months: q.term_months,
  price: pesos(q.price),
  down_payment: pesos(q.down_payment),
  amount_financed: pesos(q.financed),
  interest_rate: q.rate_bp / 100,
  interest_total: pesos(q.interest_total),
  processing_fee: pesos(q.processing_fee),
  monthly_due: pesos(q.monthly_due),
  total_cost: pesos(q.total_cost),
  schedule: q.schedule.installments.map((i) => ({
    sequence: i.sequence,
    due_date: i.due_date,
    principal: pesos(i.principal),
    interest: pesos(i.interest),
    fees: pesos(i.fee),
    total: pesos(i.total),
  })),
})

/**
 * The installment calculator at a branch's terms: for a price and down payment (the branch's
 * minimum when left out), one term or every term offered, with the schedule from today.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, CalculatorType>, res: MedusaResponse) => {
  const { location_id, price, down_payment, term_months } = req.validatedQuery
  const service: InstallmentsModuleService = req.scope.resolve(INSTALLMENTS_MODULE)
  const [row, branch] = await Promise.all([service.termsFor(location_id), branchAtOr404(req.scope, location_id)])
  const terms = toQuoteTerms(row as unknown as TermsRow)
  const priceC = toCentavos(price)
  const down = down_payment === undefined ? minimumDownPayment(priceC, terms) : toCentavos(down_payment)
  const start = localDate(new Date(), branch.timezone)
  const months = term_months === undefined ? terms.term_months : [term_months]
  res.json({
    minimum_down_payment: pesos(minimumDownPayment(priceC, terms)),
    interest_method: terms.interest_method,
    quotes: months.map((m) => view(quote(terms, { price: priceC, down_payment: down, term_months: m, start }))),
  })
}
