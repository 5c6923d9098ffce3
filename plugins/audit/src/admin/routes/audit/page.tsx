import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, ShieldCheck } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { AuditFiltersBar } from "../../components/audit-filters"
import { AuditTable } from "../../components/audit-table"
import { EntryDrawer } from "../../components/entry-drawer"
import { VerifyResultAlert } from "../../components/verify-result"
import { useAuditAccess } from "../../lib/access"
import { exportUrl, toApiFilters, useAuditUrl } from "../../lib/filters"
import { isForbidden, useEntries, useLocationNames, useMeta, useVerify } from "../../lib/queries"

const Header = ({ children }: { children?: ReactNode }) => (
  <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
    <div>
      <Heading>Audit log</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Who changed what, when, from what to what. Entries are chained by hash and cannot be rewritten.
      </Text>
    </div>
    {children}
  </div>
)

const Message = ({ text }: { text: string }) => (
  <Container className="divide-y p-0">
    <Header />
    <Text size="small" className="text-ui-fg-subtle px-6 py-4">
      {text}
    </Text>
  </Container>
)

const NO_ACCESS = "You need the audit:read policy to read the audit log. An owner or manager can add it to one of your roles."

const AuditLog = () => {
  const { filters, seq, setFilter, clearFilters, openEntry, narrowTo } = useAuditUrl()
  const { worksAt } = useAuditAccess()
  const entries = useEntries(toApiFilters(filters))
  const meta = useMeta()
  const names = useLocationNames()
  const verify = useVerify()
  const branchNames = names.data ?? new Map<string, string>()
  // Filtering by a branch one does not work at would be refused.
  const branches = [...branchNames].filter(([id]) => worksAt(id)).map(([value, label]) => ({ value, label }))
  const rows = entries.data?.pages.flatMap((p) => p.entries) ?? []

  if (isForbidden(entries.error) && !filters.branch_id) return <Message text={NO_ACCESS} />

  return (
    <Container className="divide-y p-0">
      <Header>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" asChild>
            <a href={exportUrl(filters)} download>
              <ArrowDownTray />
              Export CSV
            </a>
          </Button>
          <Button size="small" variant="secondary" isLoading={verify.isPending} onClick={() => verify.mutate()}>
            <ShieldCheck />
            Verify chain
          </Button>
        </div>
      </Header>
      {(verify.data || verify.error) && (
        <div className="px-6 py-4">
          {verify.data ? (
            <VerifyResultAlert result={verify.data} onOpen={openEntry} />
          ) : (
            <Text size="small" className="text-ui-fg-error">
              Could not verify the chain: {verify.error?.message}
            </Text>
          )}
        </div>
      )}
      <AuditFiltersBar
        filters={filters}
        setFilter={setFilter}
        clearFilters={clearFilters}
        actions={meta.data?.actions ?? []}
        entityTypes={meta.data?.entity_types ?? []}
        branches={branches}
      />
      {rows.length > 0 && <AuditTable entries={rows} branchNames={branchNames} onOpen={openEntry} />}
      {/* A failed "Load older" keeps the pages already shown above its message. */}
      {(entries.error || !rows.length) && (
        <Text size="small" className={`px-6 py-4 ${entries.error ? "text-ui-fg-error" : "text-ui-fg-subtle"}`}>
          {entries.error?.message ?? (entries.data ? "No entries match these filters." : "Loading…")}
        </Text>
      )}
      {rows.length > 0 && (
        <div className="flex items-center justify-between px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {entries.hasNextPage
              ? `The newest ${rows.length.toLocaleString()} entries`
              : `All ${rows.length.toLocaleString()} entries`}
          </Text>
          {entries.hasNextPage && (
            <Button size="small" variant="secondary" isLoading={entries.isFetchingNextPage} onClick={() => entries.fetchNextPage()}>
              Load older
            </Button>
          )}
        </div>
      )}
      {seq && (
        <EntryDrawer seq={seq} branchNames={branchNames} onClose={() => openEntry(null)} onFilter={narrowTo} />
      )}
    </Container>
  )
}

/** The audit log: filter, read, export and verify. Only for staff with audit:read. */
const AuditPage = () => {
  const { canRead } = useAuditAccess()
  if (canRead === undefined) return <Message text="Loading…" />
  if (!canRead) return <Message text={NO_ACCESS} />
  return <AuditLog />
}

export const config = defineRouteConfig({ label: "Audit log", icon: ShieldCheck })

export default AuditPage
