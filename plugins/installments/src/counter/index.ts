/**
 * The installments plugin at the counter (@kassa/installments/counter): its tender's form in
 * the payment dialog, the credit desk's word beside the customer, and the calculator (Alt+I).
 */
import { defineCounterExtension } from "@kassa/pos/counter"
import { INSTALLMENT_TENDER } from "../tender/tender-id"
import { CalculatorScreen } from "./calculator-screen"
import { CreditPanel } from "./credit-panel"
import { InstallmentForm } from "./installment-form"
import "./installments.css"

export default defineCounterExtension({
  // installmentsPlugin's id (plugin.ts): the branch switch these parts follow.
  plugin: "installments",
  tenders: [{ tender: INSTALLMENT_TENDER, Form: InstallmentForm, wide: true, once: true }],
  customerPanels: [CreditPanel],
  screens: [{ id: "installment-calculator", label: "Installments", key: "Alt+I", Screen: CalculatorScreen }],
})
