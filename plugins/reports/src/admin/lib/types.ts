/** Money in the API is integer centavos. */
export type Centavos = number

export type Me = {
  policies: string[]
  staff: { all_branches: boolean; branch_ids: string[] } | null
  branches: { stock_location_id: string; plugins: Record<string, boolean> }[]
}

export type DashboardFigure = { key: string; label: string; kind: "money" | "count"; value: number; currency_code?: string }

export type Dashboard = {
  at: string
  timezone: string
  currency_code: string
  revenue: { today: Centavos; yesterday: Centavos; growth_day_over_day: number | null; week: Centavos; month: Centavos; year: Centavos }
  last_30_days: {
    revenue: Centavos
    net_revenue: Centavos
    discounts: Centavos
    transactions: number
    average_order_value: Centavos
    gross_profit: Centavos
    margin: number | null
    revenue_without_cost: Centavos
  }
  by_branch: { location_id: string | null; code: string | null; name: string; today: Centavos; revenue_30d: Centavos; transactions_30d: number }[]
  top_products: { product_id: string | null; title: string; units: number; revenue: Centavos }[]
  tenders: { method: string; amount: Centavos; sales: number }[]
  cards: { id: string; title: string; figures: DashboardFigure[]; error?: string }[]
}

export type SalesFigures = {
  orders: number
  units: number
  revenue: Centavos
  net_revenue: Centavos
  discounts: Centavos
  cost: Centavos
  gross_profit: Centavos
  revenue_without_cost: Centavos
}

export type SalesPeriod = { from: string; to: string; totals: SalesFigures; rows: (SalesFigures & { key: string })[] }
export type SalesReport = { timezone: string; currency_code: string; group: string; period: SalesPeriod; previous: SalesPeriod }
export type SalesFilters = { from?: string; to?: string; branch_id?: string; group?: string }
