import { Alert, Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { pageOf } from "../../lib/admin-pages"
import { staffName } from "../../lib/format"
import { useMe } from "../../lib/queries"

/**
 * Who you are in Kassa and what you may open. A page you cannot open is sent here
 * (widgets/admin-access.tsx) with `?page=`, and this says in words which permission it needs;
 * it is also the landing page of someone whose roles give them no other.
 */
const AccessPage = () => {
  const [params] = useSearchParams()
  const { data: me, error } = useMe()
  const asked = params.get("page")
  const refused = asked && me?.admin ? pageOf(me.admin.pages, asked) : undefined
  const roleNames = (me?.roles ?? []).map((r) => r.name)
  const open = (me?.admin?.pages ?? []).filter((p) => p.allowed && !p.path.startsWith("/settings/"))

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>Your access</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {me?.staff ? `${staffName(me.staff)}: what your roles let you open in the admin.` : "Loading…"}
        </Text>
      </div>
      {error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {error.message}
        </Text>
      )}
      {me && !me.staff && (
        <div className="px-6 py-4">
          <Alert variant="warning">You have no Kassa staff record: an owner or a manager must add you under Staff.</Alert>
        </div>
      )}
      {refused && !refused.allowed && (
        <div className="px-6 py-4">
          <Alert variant="error" data-testid="access-refused">
            {`You cannot open ${refused.label}: it needs the permission “${refused.policy_description}” (${refused.policy}), which your role${roleNames.length === 1 ? "" : "s"} ${roleNames.join(", ") || "(none)"} do${roleNames.length === 1 ? "es" : ""} not give. An owner, or someone who may edit roles, can add it.`}
          </Alert>
        </div>
      )}
      {me?.staff && (
        <>
          <Row label="Roles">
            {roleNames.length ? roleNames.map((n) => <Badge key={n} size="2xsmall">{n}</Badge>) : "–"}
          </Row>
          <Row label="Branches">
            {me.staff.all_branches ? "Every branch" : me.branches.map((b) => b.name).join(", ") || "–"}
          </Row>
          <Row label="Pages you may open">
            {open.length ? (
              open.map((p) => (
                <Button key={p.path} size="small" variant="secondary" asChild>
                  <Link to={p.path}>{p.label}</Link>
                </Button>
              ))
            ) : (
              "–"
            )}
          </Row>
          {me.admin && me.admin.home !== "/access" && (
            <div className="flex justify-end px-6 py-4">
              <Button size="small" asChild>
                <Link to={me.admin.home}>Go to your start page</Link>
              </Button>
            </div>
          )}
        </>
      )}
    </Container>
  )
}

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="text-ui-fg-subtle grid grid-cols-[160px_1fr] items-start gap-x-4 px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="txt-compact-small flex flex-wrap gap-2">{children}</div>
  </div>
)

export default AccessPage
