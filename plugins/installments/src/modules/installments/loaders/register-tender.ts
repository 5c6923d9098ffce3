/**
 * Boot: the counter offers the "Installment" tender from here on (at branches where the
 * installments plugin is on). Registering is all the import does.
 */
import "../../../tender/installment-tender"

export default async function registerInstallmentTender() {}
