import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useSearchParams } from "react-router-dom"
import { SessionFilters, type SessionFilterValues } from "../../../components/session-filters"
import { SessionReport } from "../../../components/session-report"
import { dayStartIn, formatAt, formatMoney, nextDay } from "../../../lib/format"
import { PAGE_SIZE, useCurrency, useDrawerSessions, useMe } from "../../../lib/queries"
import type { DrawerSession } from "../../../lib/types"

const KEYS: (keyof SessionFilterValues)[] = ["branch", "register", "status", "from", "to"]

/** Over is money found, short money missing: both are worth a look. */
const OverShort = ({ amount, currency }: { amount: DrawerSession["over_short"]; currency: string }) => {
  if (amount === null || amount === undefined) return <>–</>
  const n = Number(amount)
  const color = n === 0 ? "green" : n < 0 ? "red" : "orange"
  return (
    <Badge size="2xsmall" color={color}>
      {n === 0 ? "Balanced" : `${n < 0 ? "Short" : "Over"} ${formatMoney(Math.abs(n), currency)}`}
    </Badge>
  )
}

/**
 * Drawer sessions per branch and register: who opened and closed each (times in the branch's
 * time zone), the float, what the drawer should have held, what was counted, over or short;
 * a row opens its Z report (X while open). Filters live in the URL.
 */
const DrawersPage = () => {
  const [params, setParams] = useSearchParams()
  const { data: me } = useMe()
  const currency = useCurrency().data ?? "php"
  const branches = (me?.branches ?? []).filter((b) => b.details)
  const values = Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? ""])) as SessionFilterValues
  values.branch ||= branches[0]?.stock_location_id ?? ""
  const branch = branches.find((b) => b.stock_location_id === values.branch)
  const timeZone = branch?.details?.timezone ?? "UTC"
  const offset = Number(params.get("offset") ?? 0)
  const [openId, setOpenId] = useState<string | null>(null)

  const set = (key: keyof SessionFilterValues | "offset", value: string) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    if (key !== "offset") next.delete("offset")
    if (key === "branch") next.delete("register")
    setParams(next)
  }

  const sessions = useDrawerSessions(
    branch
      ? {
          location_id: branch.stock_location_id,
          ...(values.register ? { register_id: values.register } : {}),
          ...(values.status ? { status: values.status as "open" | "closed" } : {}),
          ...(values.from ? { opened_from: dayStartIn(values.from, timeZone) } : {}),
          ...(values.to ? { opened_to: dayStartIn(nextDay(values.to), timeZone) } : {}),
        }
      : null,
    offset
  )
  const registerName = (id: string) => {
    const r = branch?.registers.find((x) => x.id === id)
    return r ? `${r.name} (${r.code})` : id
  }
  const rows = sessions.data?.drawer_sessions ?? []
  const count = sessions.data?.count ?? 0

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>Drawers</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {`Cash drawer sessions at the registers, with their X and Z reports. Times in ${timeZone}, the branch's time zone.`}
        </Text>
      </div>
      {me && !branches.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          You work at no branch yet.
        </Text>
      ) : (
        <SessionFilters branches={branches} values={values} set={set} />
      )}
      {sessions.error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {sessions.error.message}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Register</Table.HeaderCell>
              <Table.HeaderCell>Opened</Table.HeaderCell>
              <Table.HeaderCell>Closed</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Float</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Expected</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Counted</Table.HeaderCell>
              <Table.HeaderCell>Over / short</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((s) => (
              <Table.Row key={s.id} className="cursor-pointer" onClick={() => setOpenId(s.id)} data-testid="drawer-session-row">
                <Table.Cell>{registerName(s.register_id)}</Table.Cell>
                <Table.Cell>
                  <div className="flex flex-col">
                    <span>{formatAt(s.opened_at, timeZone)}</span>
                    <span className="text-ui-fg-muted">{s.opened_by_name ?? s.opened_by}</span>
                  </div>
                </Table.Cell>
                <Table.Cell>
                  {s.status === "open" ? (
                    <Badge size="2xsmall" color="green">
                      Open
                    </Badge>
                  ) : (
                    <div className="flex flex-col">
                      <span>{formatAt(s.closed_at, timeZone)}</span>
                      <span className="text-ui-fg-muted">
                        {`${s.closed_by_name ?? s.closed_by ?? ""}${s.force_closed ? " (for someone else)" : ""}`}
                      </span>
                    </div>
                  )}
                </Table.Cell>
                <Table.Cell className="text-right">{formatMoney(s.opening_float, currency)}</Table.Cell>
                <Table.Cell className="text-right">{formatMoney(s.expected_cash, currency)}</Table.Cell>
                <Table.Cell className="text-right">{formatMoney(s.counted_cash, currency)}</Table.Cell>
                <Table.Cell>
                  <OverShort amount={s.over_short} currency={currency} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {!sessions.isPending && !rows.length && !sessions.error && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No drawer sessions match these filters.
        </Text>
      )}
      <div className="flex items-center justify-between px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          {count ? `${offset + 1}–${offset + rows.length} of ${count}` : ""}
        </Text>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => set("offset", String(Math.max(0, offset - PAGE_SIZE)))}>
            Previous
          </Button>
          <Button size="small" variant="secondary" disabled={offset + PAGE_SIZE >= count} onClick={() => set("offset", String(offset + PAGE_SIZE))}>
            Next
          </Button>
        </div>
      </div>
      {openId && (
        <SessionReport id={openId} registerName={registerName(rows.find((r) => r.id === openId)?.register_id ?? "")} timeZone={timeZone} currency={currency} onClose={() => setOpenId(null)} />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Drawers" })

export default DrawersPage
