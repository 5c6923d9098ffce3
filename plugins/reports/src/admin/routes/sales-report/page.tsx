import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Alert, Button, Container, Heading, Input, Label, Select, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { BranchSelect } from "../../components/branch-select"
import { KpiCard } from "../../components/kpi-card"
import { keyLabel, SalesTable } from "../../components/sales-table"
import { money, shortMoney } from "../../lib/format"
import { growth } from "../../lib/growth"
import { clean, useSalesReport } from "../../lib/queries"
import { apiUrl } from "../../lib/sdk"
import type { SalesFilters } from "../../lib/types"

const GROUPS = [
  ["day", "By day"],
  ["week", "By week"],
  ["month", "By month"],
  ["hour", "By hour of day"],
  ["weekday", "By weekday"],
] as const

/** Sales of a period (the last 30 days unless chosen), beside the period before it, with CSV and Excel exports. */
const SalesReportPage = () => {
  const [params, setParams] = useSearchParams()
  const filters: SalesFilters = clean({ from: params.get("from") ?? undefined, to: params.get("to") ?? undefined, branch_id: params.get("branch_id") ?? undefined, group: params.get("group") ?? undefined })
  const set = (key: keyof SalesFilters, value: string | undefined) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    setParams(next)
  }
  const { data: r, error } = useSalesReport(filters)
  const c = r?.currency_code
  const exportUrl = (format: "csv" | "xlsx") => {
    const { group: _g, ...q } = filters
    return apiUrl(`/admin/kassa/reports/sales/export?${new URLSearchParams({ ...q, format })}`)
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-4 px-6 py-4">
        <div className="flex items-center justify-between">
          <div>
            <Heading level="h1">Sales report</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {r ? `${r.period.from} to ${r.period.to}, against ${r.previous.from} to ${r.previous.to} (${r.timezone})` : "Loading…"}
            </Text>
          </div>
          <div className="flex gap-x-2">
            <Button size="small" variant="secondary" asChild>
              <a href={exportUrl("csv")}>Export CSV</a>
            </Button>
            <Button size="small" variant="secondary" asChild>
              <a href={exportUrl("xlsx")}>Export Excel</a>
            </Button>
          </div>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <Label size="xsmall">From</Label>
            <Input size="small" type="date" value={filters.from ?? r?.period.from ?? ""} onChange={(e) => set("from", e.target.value)} />
          </div>
          <div>
            <Label size="xsmall">To</Label>
            <Input size="small" type="date" value={filters.to ?? r?.period.to ?? ""} onChange={(e) => set("to", e.target.value)} />
          </div>
          <BranchSelect value={filters.branch_id} onChange={(id) => set("branch_id", id)} />
          <div className="w-44">
            <Select size="small" value={filters.group ?? "day"} onValueChange={(v) => set("group", v)}>
              <Select.Trigger aria-label="Group">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {GROUPS.map(([value, label]) => (
                  <Select.Item key={value} value={value}>
                    {label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </div>
      </Container>
      {error && <Alert variant="error">{error.message}</Alert>}
      {r && (
        <>
          <div className="grid grid-cols-2 gap-3 xl:grid-cols-4" data-testid="sales-totals">
            <KpiCard label="Revenue" value={money(r.period.totals.revenue, c)} growth={growth(r.period.totals.revenue, r.previous.totals.revenue)} hint={`Before: ${money(r.previous.totals.revenue, c)}`} />
            <KpiCard label="Orders" value={String(r.period.totals.orders)} growth={growth(r.period.totals.orders, r.previous.totals.orders)} hint={`Before: ${r.previous.totals.orders}`} />
            <KpiCard label="Gross profit" value={money(r.period.totals.gross_profit, c)} growth={growth(r.period.totals.gross_profit, r.previous.totals.gross_profit)} hint="Net of VAT, at today's cost prices" />
            <KpiCard label="Discounts" value={money(r.period.totals.discounts, c)} hint={`Units ${r.period.totals.units}`} />
          </div>
          <Container className="px-4 py-3">
            <ResponsiveContainer width="100%" height={260}>
              <BarChart data={r.period.rows.map((row) => ({ name: keyLabel(r.group, row.key), revenue: row.revenue, profit: row.gross_profit }))}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="name" fontSize={12} />
                <YAxis tickFormatter={(v: number) => shortMoney(v, c)} fontSize={12} width={70} />
                <Tooltip formatter={(v) => money(Number(v), c)} />
                <Legend />
                <Bar dataKey="revenue" name="Revenue" fill="#6366f1" isAnimationActive={false} />
                <Bar dataKey="profit" name="Gross profit" fill="#10b981" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </Container>
          <Container className="p-0">
            <SalesTable report={r} />
          </Container>
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Sales report", icon: DocumentText })

export default SalesReportPage
