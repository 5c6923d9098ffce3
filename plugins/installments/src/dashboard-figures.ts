import { defineDashboardFigures, toCentavos } from "@kassa/core/kit"
import { INSTALLMENTS_MODULE } from "./modules/installments"
import type InstallmentsModuleService from "./modules/installments/service"
import { localDate } from "./schedule/due-dates"

/** The installments card on the manager's dashboard: what customers owe, and what of it is overdue. */
defineDashboardFigures({
  id: "installments",
  plugin: "installments",
  title: "Installments",
  figures: async (container, { branchIds, now, timezone }) => {
    const service = container.resolve<InstallmentsModuleService>(INSTALLMENTS_MODULE)
    const branches = branchIds === "all" ? ({ all: true } as const) : ({ all: false, ids: branchIds } as const)
    const f = await service.figures({ branches, today: localDate(now, timezone), time_zone: timezone })
    return [
      { key: "outstanding", label: "Outstanding balance", kind: "money", value: toCentavos(f.outstanding), currency_code: "php" },
      { key: "overdue_plans", label: "Overdue plans", kind: "count", value: f.overdue_plans },
      { key: "overdue_amount", label: "Overdue amount", kind: "money", value: toCentavos(f.overdue_amount), currency_code: "php" },
    ]
  },
})
