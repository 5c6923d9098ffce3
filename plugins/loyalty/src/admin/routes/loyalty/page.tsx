import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Star } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Select, Table, Text } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { date, money, useAccess, useFigures, useMembers, useProgramme, useSaveSettings, useSaveTier, type Settings, type Tier } from "../../lib/api"
import { centavosToPesos, pesosToCentavos } from "../../lib/pesos"
import { apiUrl } from "../../lib/sdk"

/** Typed in pesos, kept by the API in centavos. */
const PESO_FIELDS: { key: "spend_per_point" | "point_value"; label: string }[] = [
  { key: "spend_per_point", label: "One point per (₱)" },
  { key: "point_value", label: "A point is worth (₱)" },
]

const NUMBER_FIELDS: { key: keyof Settings; label: string }[] = [
  { key: "min_redeem_points", label: "Fewest points spent at once" },
  { key: "max_redeem_percent", label: "Most of a sale in points (%)" },
  { key: "expiry_months", label: "Expiry (months)" },
  { key: "tier_window_months", label: "Tier window (months)" },
]

const SettingsForm = ({ settings, editable }: { settings: Settings; editable: boolean }) => {
  const save = useSaveSettings()
  const [draft, setDraft] = useState<Settings>(settings)
  const pesosOf = (s: Settings) => ({ spend_per_point: centavosToPesos(s.spend_per_point), point_value: centavosToPesos(s.point_value) })
  const [pesos, setPesos] = useState(pesosOf(settings))
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    setDraft(settings)
    setPesos(pesosOf(settings))
  }, [settings])
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const amounts = PESO_FIELDS.map((f) => [f, pesosToCentavos(pesos[f.key])] as const)
    const bad = amounts.find(([, c]) => c === null || c <= 0)
    if (bad) return setError(`${bad[0].label}: type a peso amount above zero with at most two decimals, e.g. 0.50`)
    setError(null)
    save.mutate({ ...draft, ...Object.fromEntries(amounts.map(([f, c]) => [f.key, c])), non_earning_tenders: draft.non_earning_tenders })
  }
  const choice = <K extends keyof Settings>(key: K, label: string, options: string[]) => (
    <div className="flex flex-col gap-y-1">
      <Label size="small">{label}</Label>
      <Select size="small" value={String(draft[key])} disabled={!editable} onValueChange={(v) => setDraft({ ...draft, [key]: key === "earn_on_tax" ? v === "true" : v })}>
        <Select.Trigger className="w-40">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {options.map((o) => (
            <Select.Item key={o} value={o}>
              {o}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-4 px-6 py-4">
      {PESO_FIELDS.map((f) => (
        <div key={f.key} className="flex flex-col gap-y-1">
          <Label size="small" htmlFor={`ly-${f.key}`}>
            {f.label}
          </Label>
          <Input id={`ly-${f.key}`} size="small" inputMode="decimal" className="w-40" value={pesos[f.key]} disabled={!editable} onChange={(e) => setPesos({ ...pesos, [f.key]: e.target.value })} />
        </div>
      ))}
      {NUMBER_FIELDS.map((f) => (
        <div key={f.key} className="flex flex-col gap-y-1">
          <Label size="small" htmlFor={`ly-${f.key}`}>
            {f.label}
          </Label>
          <Input id={`ly-${f.key}`} size="small" type="number" className="w-40" value={String(draft[f.key])} disabled={!editable} onChange={(e) => setDraft({ ...draft, [f.key]: Number(e.target.value) })} />
        </div>
      ))}
      {choice("rounding", "Rounding", ["down", "nearest", "up"])}
      {choice("earn_on_tax", "VAT earns points", ["true", "false"])}
      {choice("expiry_mode", "Points lapse", ["none", "earned", "inactivity"])}
      {choice("tier_basis", "Tiers by", ["spend", "points"])}
      <div className="flex flex-col gap-y-1">
        <Label size="small" htmlFor="ly-non-earning">Tenders that earn nothing</Label>
        <Input id="ly-non-earning" size="small" className="w-72" value={draft.non_earning_tenders.join(", ")} disabled={!editable}
          onChange={(e) => setDraft({ ...draft, non_earning_tenders: e.target.value.split(",").map((s) => s.trim()).filter(Boolean) })} />
      </div>
      {error && <Text size="small" className="text-ui-fg-error w-full">{error}</Text>}
      {editable ? (
        <Button size="small" variant="secondary" type="submit" isLoading={save.isPending}>
          Save programme
        </Button>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">A manager or owner changes these.</Text>
      )}
    </form>
  )
}

const TierRow = ({ tier, basis, editable }: { tier: Partial<Tier>; basis: Settings["tier_basis"]; editable: boolean }) => {
  const save = useSaveTier()
  const [name, setName] = useState(tier.name ?? "")
  // Spend thresholds are typed in pesos, points thresholds as whole points.
  const shown = (t: number | undefined) => (t === undefined ? "" : basis === "spend" ? centavosToPesos(t) : String(t))
  const [threshold, setThreshold] = useState(shown(tier.threshold))
  const [error, setError] = useState<string | null>(null)
  const thresholdValue = () => (basis === "spend" ? pesosToCentavos(threshold) : /^\s*\d+\s*$/.test(threshold) ? Number(threshold) : null)
  const [multiplier, setMultiplier] = useState(String(tier.earn_multiplier_percent ?? 100))
  return (
    <Table.Row>
      <Table.Cell><Input size="small" aria-label="Tier name" value={name} disabled={!editable} onChange={(e) => setName(e.target.value)} /></Table.Cell>
      <Table.Cell><Input size="small" aria-label={basis === "spend" ? "From spend (₱)" : "From points"} inputMode={basis === "spend" ? "decimal" : "numeric"} value={threshold} disabled={!editable} onChange={(e) => setThreshold(e.target.value)} /></Table.Cell>
      <Table.Cell><Input size="small" aria-label="Earn multiplier (%)" type="number" value={multiplier} disabled={!editable} onChange={(e) => setMultiplier(e.target.value)} /></Table.Cell>
      <Table.Cell>{tier.customer_group_id ? <a className="text-ui-fg-interactive" href={`/app/customer-groups/${tier.customer_group_id}`}>Customer group</a> : "—"}</Table.Cell>
      <Table.Cell>
        {editable && (
          <Button size="small" variant="secondary" isLoading={save.isPending} disabled={!name || threshold === ""}
            onClick={() => {
              const value = thresholdValue()
              if (value === null) return setError(basis === "spend" ? "Type the spend in pesos, at most two decimals, e.g. 20000 or 20,000.00" : "Type a whole number of points")
              setError(null)
              save.mutate({ ...(tier.id ? { id: tier.id } : {}), name, threshold: value, earn_multiplier_percent: Number(multiplier) })
            }}>
            {tier.id ? "Save" : "Add tier"}
          </Button>
        )}
        {error && <Text size="small" className="text-ui-fg-error">{error}</Text>}
      </Table.Cell>
    </Table.Row>
  )
}

/** Loyalty: the dashboard's figures, the members (filters, CSV), the programme and its tiers. */
const LoyaltyPage = () => {
  const { can } = useAccess()
  const programme = useProgramme()
  const figures = useFigures()
  const [tierId, setTierId] = useState("all")
  const [q, setQ] = useState("")
  const query = { ...(tierId !== "all" ? { tier_id: tierId } : {}), ...(q ? { q } : {}) }
  const members = useMembers(query)
  const editable = can("loyalty:configure")
  const csv = apiUrl(`/admin/kassa/loyalty/members?${new URLSearchParams({ ...query, format: "csv" })}`)
  const f = figures.data
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap gap-x-10 gap-y-2 px-6 py-4">
        <Heading level="h1" className="w-full">Loyalty</Heading>
        {f && (
          <>
            <Text size="small">Members <strong>{f.members}</strong></Text>
            <Text size="small">Active (90 days) <strong>{f.active_members}</strong></Text>
            <Text size="small">Points outstanding <strong>{f.points_outstanding}</strong> ({money(f.liability)})</Text>
            <Text size="small">Redeemed this month <strong>{f.points_redeemed_this_month}</strong></Text>
          </>
        )}
      </Container>
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-end gap-3 px-6 py-4">
          <Heading level="h2" className="mr-auto">Members</Heading>
          <Input size="small" type="search" placeholder="Name, e-mail or phone" value={q} onChange={(e) => setQ(e.target.value)} />
          <Select size="small" value={tierId} onValueChange={setTierId}>
            <Select.Trigger className="w-40"><Select.Value /></Select.Trigger>
            <Select.Content>
              <Select.Item value="all">Every tier</Select.Item>
              {(programme.data?.tiers ?? []).map((t) => <Select.Item key={t.id} value={t.id}>{t.name}</Select.Item>)}
            </Select.Content>
          </Select>
          <a href={csv} className="text-ui-fg-interactive txt-compact-small">Download CSV</a>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Customer</Table.HeaderCell>
              <Table.HeaderCell>Tier</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Points</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Worth</Table.HeaderCell>
              <Table.HeaderCell>Last activity</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(members.data?.members ?? []).map((m) => (
              <Table.Row key={m.account_id} className="cursor-pointer" onClick={() => (window.location.href = `/app/customers/${m.customer_id}`)}>
                <Table.Cell>{[m.customer?.first_name, m.customer?.last_name].filter(Boolean).join(" ") || m.customer?.email || m.customer_id}</Table.Cell>
                <Table.Cell>{m.tier?.name ?? "—"}</Table.Cell>
                <Table.Cell className="text-right">{m.balance}</Table.Cell>
                <Table.Cell className="text-right">{money(m.available_value)}</Table.Cell>
                <Table.Cell>{date(m.last_activity_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">{members.data?.count ?? 0} members</Text>
      </Container>
      {programme.data && (
        <Container className="divide-y p-0">
          <div className="px-6 py-4">
            <Heading level="h2">Programme</Heading>
            <Text size="small" className="text-ui-fg-subtle">Amounts in pesos (e.g. a point is worth ₱0.50). Members earn on what they pay after discounts, in the tenders that earn.</Text>
          </div>
          <SettingsForm settings={programme.data.settings} editable={editable} />
          <div className="px-6 py-4">
            <Heading level="h2">Tiers</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Reached at the threshold of {programme.data.settings.tier_basis === "spend" ? "qualifying spend (₱)" : "points earned"} over {programme.data.settings.tier_window_months} months. Each tier is a customer group that price lists and promotions can target.
            </Text>
          </div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Tier</Table.HeaderCell>
                <Table.HeaderCell>From</Table.HeaderCell>
                <Table.HeaderCell>Earn (%)</Table.HeaderCell>
                <Table.HeaderCell>Group</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {programme.data.tiers.map((t) => <TierRow key={`${t.id}-${t.threshold}-${t.name}`} tier={t} basis={programme.data.settings.tier_basis} editable={editable} />)}
              {editable && <TierRow key={`new-${programme.data.tiers.length}`} tier={{}} basis={programme.data.settings.tier_basis} editable />}
            </Table.Body>
          </Table>
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Loyalty", icon: Star })

export default LoyaltyPage
