import { branchAtOr404, type BranchFacts } from "@kassa/core/kit"
import type { SettledTender } from "@kassa/pos/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { CreditDetailsSchema, describeIssues, type CreditDetails } from "../credit/schema"
import { INSTALLMENTS_MODULE } from "../modules/installments"
import type InstallmentsModuleService from "../modules/installments/service"
import { localDate, type IsoDate } from "../schedule/due-dates"
import { toCentavos } from "../schedule/money"
import { quote, type Quote } from "../schedule/quote"
import { toQuoteTerms, type TermsRow } from "../terms/quote-terms"

export type Application = {
  customer_id: string
  branch: BranchFacts
  terms: TermsRow
  quote: Quote
  /** The sale date in the branch's time zone. */
  start: IsoDate
  /** Credit details given with the sale, to file on the customer; null: the ones on file. */
  credit: CreditDetails | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Reads an installment application from the counter's tender: the tender's amount is what is
 * financed, the sale's other tenders are the down payment. `data.term_months` picks the term;
 * the customer needs credit details on file or in `data.credit`. Refuses with what is missing.
 */
export async function readApplication(
  container: MedusaContainer,
  tender: Pick<SettledTender, "amount" | "data">,
  sale: { customer_id: string | null; stock_location_id: string; total: number }
): Promise<Application> {
  if (!sale.customer_id) throw invalid("An installment sale needs a customer: set one on the ticket first")
  const term = Number(tender.data?.term_months)
  if (!Number.isInteger(term) || term < 1) throw invalid("The installment tender needs data.term_months: the number of months")
  let credit: CreditDetails | null = null
  if (tender.data?.credit != null) {
    const parsed = CreditDetailsSchema.safeParse(tender.data.credit)
    if (!parsed.success) throw invalid(`Credit details: ${describeIssues(parsed.error)}`)
    credit = parsed.data
  }
  const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
  const [terms, profiles, branch] = await Promise.all([
    service.termsFor(sale.stock_location_id),
    service.listCreditProfiles({ customer_id: sale.customer_id }, { select: ["id"] }),
    branchAtOr404(container, sale.stock_location_id),
  ])
  if (!credit && !profiles.length) {
    throw invalid("The customer has no credit details on file: give data.credit (id_type, id_number, address_line, city, phone)")
  }
  const price = toCentavos(sale.total)
  const start = localDate(new Date(), branch.timezone)
  const q = quote(toQuoteTerms(terms as unknown as TermsRow), { price, down_payment: price - toCentavos(tender.amount), term_months: term, start })
  return { customer_id: sale.customer_id, branch, start, terms: terms as unknown as TermsRow, quote: q, credit }
}
