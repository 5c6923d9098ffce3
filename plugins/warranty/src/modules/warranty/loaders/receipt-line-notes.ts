import { defineReceiptLineNotes, type LineNotes } from "@kassa/pos/kit"
import { policyTerms, resolvePolicies } from "../../../coverage-rules/resolve-policies"

const warrantyTerms: LineNotes = async (lines, { container }) => {
  const policies = await resolvePolicies(container, lines.flatMap((l) => (l.product_id ? [l.product_id] : [])))
  return lines.map((l) => (l.product_id ? policyTerms(policies.get(l.product_id)!) : null))
}

/** Each receipt line prints the warranty its product carries. */
export default async function registerReceiptLineNotes() {
  defineReceiptLineNotes(warrantyTerms)
}
