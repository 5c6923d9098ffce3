import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Checkbox, Container, Heading, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useAccess } from "../lib/access"
import { sdk } from "../lib/sdk"

type Gender = "female" | "male" | "other" | "prefer_not_to_say"
type Profile = { gender: Gender | null; birthday: string | null; marketing_consent: boolean; marketing_consent_at: string | null; note: string | null }
type Answer = { profile: Profile; frequent: boolean }

const GENDERS: { value: Gender; label: string }[] = [
  { value: "female", label: "Female" },
  { value: "male", label: "Male" },
  { value: "other", label: "Other" },
  { value: "prefer_not_to_say", label: "Prefer not to say" },
]
const NOT_SET = "not_set"

/**
 * Kassa's profile of the customer (gender, birthday, marketing consent, a note) beside Medusa's
 * own fields and addresses, and the Frequent badge when the store's rule counts them in.
 */
const CustomerProfileWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const client = useQueryClient()
  const { can } = useAccess()
  const key = ["kassa-customer-profile", customer.id]
  const { data, error } = useQuery({ queryKey: key, queryFn: () => sdk.client.fetch<Answer>(`/admin/kassa/customers/${customer.id}/profile`) })
  const [draft, setDraft] = useState<Profile | null>(null)
  useEffect(() => {
    if (data) setDraft(data.profile)
  }, [data])

  const save = useMutation({
    mutationFn: (p: Profile) =>
      sdk.client.fetch<Answer>(`/admin/kassa/customers/${customer.id}/profile`, {
        method: "POST",
        body: { gender: p.gender, birthday: p.birthday || null, marketing_consent: p.marketing_consent, note: p.note?.trim() || null },
      }),
    onSuccess: (answer) => {
      client.setQueryData(key, answer)
      toast.success("Profile saved")
    },
    onError: (e: Error) => toast.error(e.message),
  })

  if (!data || !draft) {
    return (
      <Container>
        <Heading level="h2">Profile</Heading>
        <Text size="small" className="text-ui-fg-subtle">{error ? "Could not load the profile." : "Loading…"}</Text>
      </Container>
    )
  }
  const editable = can("customer:write")
  const changed = JSON.stringify(draft) !== JSON.stringify(data.profile)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading level="h2">Profile</Heading>
          {data.frequent && <Badge color="green" size="2xsmall">Frequent</Badge>}
        </div>
        <Button size="small" variant="secondary" disabled={!editable || !changed} isLoading={save.isPending} onClick={() => save.mutate(draft)}>
          Save profile
        </Button>
      </div>
      <div className="grid grid-cols-2 gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Label size="small" htmlFor="kassa-gender">Gender</Label>
          <Select
            disabled={!editable}
            value={draft.gender ?? NOT_SET}
            onValueChange={(v) => setDraft({ ...draft, gender: v === NOT_SET ? null : (v as Gender) })}
          >
            <Select.Trigger id="kassa-gender"><Select.Value /></Select.Trigger>
            <Select.Content>
              <Select.Item value={NOT_SET}>Not given</Select.Item>
              {GENDERS.map((g) => <Select.Item key={g.value} value={g.value}>{g.label}</Select.Item>)}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="small" htmlFor="kassa-birthday">Birthday</Label>
          <Input id="kassa-birthday" type="date" size="small" disabled={!editable} max={new Date().toISOString().slice(0, 10)} value={draft.birthday ?? ""} onChange={(e) => setDraft({ ...draft, birthday: e.target.value || null })} />
        </div>
        <div className="col-span-2 flex items-center gap-x-2">
          <Checkbox id="kassa-consent" disabled={!editable} checked={draft.marketing_consent} onCheckedChange={(v) => setDraft({ ...draft, marketing_consent: v === true })} />
          <Label size="small" htmlFor="kassa-consent">Agrees to receive offers</Label>
          {data.profile.marketing_consent && data.profile.marketing_consent_at && (
            <Text size="xsmall" className="text-ui-fg-subtle">since {new Date(data.profile.marketing_consent_at).toLocaleDateString()}</Text>
          )}
        </div>
        <div className="col-span-2 flex flex-col gap-y-1">
          <Label size="small" htmlFor="kassa-note">Note</Label>
          <Textarea id="kassa-note" disabled={!editable} maxLength={1000} value={draft.note ?? ""} onChange={(e) => setDraft({ ...draft, note: e.target.value })} />
        </div>
      </div>
      <div className="px-6 py-3">
        <Text size="xsmall" className="text-ui-fg-subtle">
          Addresses are Medusa's (above). Frequent customers are the members of the "Frequent" customer group, set by the store's rule.
        </Text>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerProfileWidget
