import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Avatar, Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { OwnDetailsDrawer } from "../components/profile/own-details-drawer"
import { useEndSession } from "../components/profile/profile-writes"
import { formatDateTime, initials } from "../lib/format"
import { useMe, useOwnSessions } from "../lib/queries"

/** A browser or device in words, from its user agent. */
const deviceOf = (agent: string | null) => {
  if (!agent) return "Unknown device"
  const browser = /Edg\//.test(agent) ? "Edge" : /Chrome\//.test(agent) ? "Chrome" : /Firefox\//.test(agent) ? "Firefox" : /Safari\//.test(agent) ? "Safari" : null
  const system = /Android/.test(agent) ? "Android" : /iPhone|iPad/.test(agent) ? "iOS" : /Windows/.test(agent) ? "Windows" : /Mac OS X/.test(agent) ? "macOS" : /Linux/.test(agent) ? "Linux" : null
  return browser || system ? [browser, system].filter(Boolean).join(" on ") : agent.slice(0, 60)
}

/**
 * Under Medusa's profile (name, e-mail, two-factor): what Kassa keeps about the staff member,
 * which they edit themselves (phone, picture, sign-in e-mail), and where they are signed in, each
 * session endable (a device left signed in at a branch).
 */
const OwnProfile = () => {
  const { data: me } = useMe()
  const staff = me?.staff
  const sessions = useOwnSessions(!!staff && !me?.enrolment_needed)
  const end = useEndSession()
  const [editing, setEditing] = useState(false)
  if (!staff || me?.enrolment_needed) return null

  return (
    <>
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading>Kassa profile</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              What the store's staff pages show about you.
            </Text>
          </div>
          <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
            Edit
          </Button>
        </div>
        <div className="grid grid-cols-2 items-center px-6 py-4">
          <Text size="small" weight="plus">Picture</Text>
          <Avatar src={staff.avatar_url ?? undefined} fallback={initials(staff)} />
        </div>
        <div className="grid grid-cols-2 px-6 py-4">
          <Text size="small" weight="plus">Phone</Text>
          <Text size="small">{staff.phone ?? "–"}</Text>
        </div>
        <div className="grid grid-cols-2 px-6 py-4">
          <Text size="small" weight="plus">Roles</Text>
          <div className="flex flex-wrap gap-1">
            {(me?.roles ?? []).map((r) => (
              <Badge key={r.id} size="2xsmall">{r.name}</Badge>
            ))}
          </div>
        </div>
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Where you are signed in</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            End a session you do not recognise, or one left open on a shared computer: it is signed out at once.
          </Text>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Device</Table.HeaderCell>
              <Table.HeaderCell>Address</Table.HeaderCell>
              <Table.HeaderCell>Signed in</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(sessions.data ?? []).map((s) => (
              <Table.Row key={s.id}>
                <Table.Cell>{deviceOf(s.user_agent)}</Table.Cell>
                <Table.Cell>{s.ip ?? "–"}</Table.Cell>
                <Table.Cell>{formatDateTime(s.started_at)}</Table.Cell>
                <Table.Cell className="text-right">
                  {s.current ? (
                    <Badge size="2xsmall" color="green">This session</Badge>
                  ) : (
                    <Button size="small" variant="secondary" isLoading={end.isPending && end.variables === s.id} onClick={() => end.mutate(s.id)}>
                      End
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
      {editing && <OwnDetailsDrawer staff={staff} onClose={() => setEditing(false)} />}
    </>
  )
}

export const config = defineWidgetConfig({ zone: "profile.details.after" })

export default OwnProfile
