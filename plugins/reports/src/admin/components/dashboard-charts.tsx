import { Container, Heading, Table, Text } from "@medusajs/ui"
import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { money, shortMoney, tenderLabel } from "../lib/format"
import type { Dashboard } from "../lib/types"

const COLORS = ["#6366f1", "#10b981", "#f59e0b", "#ef4444", "#0ea5e9", "#a855f7", "#64748b"]

const Panel = ({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) => (
  <Container className="flex flex-col gap-y-3 px-4 py-3" data-testid={testId}>
    <Heading level="h3">{title}</Heading>
    {children}
  </Container>
)

const Empty = () => (
  <Text size="small" className="text-ui-fg-muted">
    No sales in the last 30 days.
  </Text>
)

export const BranchChart = ({ d }: { d: Dashboard }) => (
  <Panel title="Revenue by branch (30 days)" testId="branch-chart">
    {d.by_branch.length ? (
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={d.by_branch.map((b) => ({ name: b.code ?? b.name, revenue: b.revenue_30d, today: b.today }))}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" fontSize={12} />
          <YAxis tickFormatter={(v: number) => shortMoney(v, d.currency_code)} fontSize={12} width={70} />
          <Tooltip formatter={(v) => money(Number(v), d.currency_code)} />
          <Legend />
          <Bar dataKey="revenue" name="30 days" fill={COLORS[0]} isAnimationActive={false} />
          <Bar dataKey="today" name="Today" fill={COLORS[1]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    ) : (
      <Empty />
    )}
  </Panel>
)

export const TenderChart = ({ d }: { d: Dashboard }) => (
  <Panel title="Payment methods (30 days)" testId="tender-chart">
    {d.tenders.length ? (
      <ResponsiveContainer width="100%" height={240}>
        <PieChart>
          <Pie
            data={d.tenders.map((t) => ({ name: tenderLabel(t.method), value: t.amount }))}
            dataKey="value"
            nameKey="name"
            outerRadius={80}
            isAnimationActive={false}
            label={(e) => `${e.name} ${money(Number(e.value), d.currency_code)}`}
          >
            {d.tenders.map((t, i) => (
              <Cell key={t.method} fill={COLORS[i % COLORS.length]} />
            ))}
          </Pie>
          <Tooltip formatter={(v) => money(Number(v), d.currency_code)} />
        </PieChart>
      </ResponsiveContainer>
    ) : (
      <Empty />
    )}
  </Panel>
)

export const TopProducts = ({ d }: { d: Dashboard }) => (
  <Panel title="Top products by units (30 days)" testId="top-products">
    {d.top_products.length ? (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Product</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Units</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Revenue</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {d.top_products.map((p) => (
            <Table.Row key={p.product_id ?? p.title}>
              <Table.Cell>{p.title}</Table.Cell>
              <Table.Cell className="text-right">{p.units}</Table.Cell>
              <Table.Cell className="text-right">{money(p.revenue, d.currency_code)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    ) : (
      <Empty />
    )}
  </Panel>
)
