import { Avatar, Container, Heading, Text } from "@medusajs/ui"
import { initials, minutesAgo, staffName } from "../../lib/format"
import { useActiveStaff } from "../../lib/queries"

/** Who is signed in right now: a session still open and a request within the server's window. */
export const ActiveStaffPanel = () => {
  const active = useActiveStaff()
  const staff = active.data?.staff ?? []
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Active now</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {active.data
            ? `${active.data.count} signed in and seen in the last ${active.data.window_minutes} minutes`
            : active.error?.message ?? "Loading…"}
        </Text>
      </div>
      {staff.length > 0 && (
        <ul className="flex flex-wrap gap-3 px-6 py-4">
          {staff.map((s) => (
            <li key={s.id} className="bg-ui-bg-subtle flex items-center gap-x-2 rounded-lg border px-3 py-2">
              <Avatar size="xsmall" src={s.avatar_url ?? undefined} fallback={initials(s)} />
              <Text size="small" weight="plus">
                {staffName(s)}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {minutesAgo(s.last_seen_at)}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Container>
  )
}
