/**
 * Boot: the manager's dashboard shows the installments card from here on. Registering is all the
 * import does.
 */
import "../../../dashboard-figures"

export default async function registerInstallmentsDashboardFigures() {}
