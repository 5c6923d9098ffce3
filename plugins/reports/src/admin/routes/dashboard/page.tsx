import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Alert, Container, Heading, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { BranchSelect } from "../../components/branch-select"
import { BranchChart, TenderChart, TopProducts } from "../../components/dashboard-charts"
import { KpiCard } from "../../components/kpi-card"
import { money } from "../../lib/format"
import { useDashboard } from "../../lib/queries"
import type { Dashboard } from "../../lib/types"

const PluginCards = ({ d }: { d: Dashboard }) => (
  <>
    {d.cards.map((c) => (
      <Container key={c.id} className="flex flex-col gap-y-2 px-4 py-3" data-testid={`card-${c.id}`}>
        <Heading level="h3">{c.title}</Heading>
        {c.error ? (
          <Text size="small" className="text-ui-fg-error">
            {c.error}
          </Text>
        ) : (
          <div className="grid grid-cols-3 gap-4">
            {c.figures.map((f) => (
              <div key={f.key}>
                <Text size="small" className="text-ui-fg-subtle">
                  {f.label}
                </Text>
                <Text weight="plus">{f.kind === "money" ? money(f.value, f.currency_code) : f.value}</Text>
              </div>
            ))}
          </div>
        )}
      </Container>
    ))}
  </>
)

/** The manager's first page: today against yesterday, the branches, what sells, how they pay, and the other plugins' cards. */
const DashboardPage = () => {
  const [params, setParams] = useSearchParams()
  const branchId = params.get("branch_id") ?? undefined
  const { data: d, error, isLoading } = useDashboard(branchId)
  const setBranch = (id: string | undefined) => setParams(id ? { branch_id: id } : {})
  const c = d?.currency_code

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Dashboard</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Sales of every channel, returns and voids taken off, each branch's day in its own time zone{d ? ` (${d.timezone})` : ""}.
          </Text>
        </div>
        <BranchSelect value={branchId} onChange={setBranch} />
      </Container>
      {error && <Alert variant="error">{error.message}</Alert>}
      {isLoading && <Text className="px-6">Loading…</Text>}
      {d && (
        <>
          <div className="grid grid-cols-2 gap-3 xl:grid-cols-4" data-testid="revenue-kpis">
            <KpiCard testId="kpi-today" label="Revenue today" value={money(d.revenue.today, c)} growth={d.revenue.growth_day_over_day} hint={`Yesterday ${money(d.revenue.yesterday, c)}`} />
            <KpiCard label="This week" value={money(d.revenue.week, c)} />
            <KpiCard label="This month" value={money(d.revenue.month, c)} />
            <KpiCard label="This year" value={money(d.revenue.year, c)} />
          </div>
          <div className="grid grid-cols-2 gap-3 xl:grid-cols-4">
            <KpiCard label="Transactions (30 days)" value={String(d.last_30_days.transactions)} />
            <KpiCard label="Average order (30 days)" value={money(d.last_30_days.average_order_value, c)} />
            <KpiCard
              label="Gross profit (30 days)"
              value={money(d.last_30_days.gross_profit, c)}
              hint={d.last_30_days.revenue_without_cost ? `${money(d.last_30_days.revenue_without_cost, c)} of sales have no cost price` : "Net of VAT, at today's cost prices"}
            />
            <KpiCard label="Margin (30 days)" value={d.last_30_days.margin === null ? "–" : `${d.last_30_days.margin.toFixed(1)}%`} />
          </div>
          <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
            <BranchChart d={d} />
            <TenderChart d={d} />
          </div>
          <TopProducts d={d} />
          <PluginCards d={d} />
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Dashboard", icon: ChartBar })

export default DashboardPage
