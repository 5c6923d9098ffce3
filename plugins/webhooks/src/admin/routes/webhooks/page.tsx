import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Bolt } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Switch, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { DeliveryLog } from "../../components/delivery-log"
import { SubscriptionForm } from "../../components/subscription-form"
import { useCreateSubscription, useDeleteSubscription, useMayManage, useRotateSecret, useSubscriptions, useUpdateSubscription } from "../../lib/queries"

/**
 * Other systems' subscriptions to Kassa's events: where each is POSTed, which events, its
 * delivery log with Send again; a new subscription's signing secret is shown once, here.
 */
const WebhooksPage = () => {
  const subscriptions = useSubscriptions()
  const mayManage = useMayManage().data ?? false
  const create = useCreateSubscription()
  const update = useUpdateSubscription()
  const rotate = useRotateSecret()
  const remove = useDeleteSubscription()
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null)
  const [open, setOpen] = useState<string | null>(null)
  // A new form (empty) once a subscription is added.
  const [formKey, setFormKey] = useState(0)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>Webhooks</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Each event is POSTed as JSON with an <code>X-Kassa-Signature</code> (HMAC-SHA256 with the subscription's secret) and retried with growing waits for 24 hours until the receiver answers 2xx.
        </Text>
      </div>
      {secret && (
        <div className="bg-ui-bg-highlight px-6 py-4" data-testid="webhook-secret">
          <Text size="small" weight="plus">
            Signing secret for {secret.url} — copy it now, it is not shown again:
          </Text>
          <code className="break-all">{secret.secret}</code>
          <div className="mt-2">
            <Button size="small" variant="secondary" onClick={() => setSecret(null)}>
              I have copied it
            </Button>
          </div>
        </div>
      )}
      <div className="px-6 py-4">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Receiver</Table.HeaderCell>
              <Table.HeaderCell>Events</Table.HeaderCell>
              <Table.HeaderCell>On</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(subscriptions.data ?? []).map((s) => (
              <Table.Row key={s.id}>
                <Table.Cell>
                  {s.url}
                  {s.description && <span className="text-ui-fg-muted block text-xs">{s.description}</span>}
                </Table.Cell>
                <Table.Cell>
                  <div className="flex flex-wrap gap-1">
                    {s.events.map((e) => (
                      <Badge key={e} size="2xsmall">
                        {e}
                      </Badge>
                    ))}
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <Switch checked={s.is_active} disabled={!mayManage} onCheckedChange={(on) => update.mutate({ id: s.id, is_active: on })} />
                </Table.Cell>
                <Table.Cell>
                  <div className="flex gap-x-2">
                    <Button size="small" variant="secondary" onClick={() => setOpen(open === s.id ? null : s.id)}>
                      {open === s.id ? "Hide deliveries" : "Deliveries"}
                    </Button>
                    {mayManage && (
                      <>
                        <Button size="small" variant="secondary" onClick={() => rotate.mutate({ id: s.id }, { onSuccess: (r) => setSecret({ url: s.url, secret: r.secret }) })}>
                          New secret
                        </Button>
                        <Button size="small" variant="danger" onClick={() => window.confirm(`Remove the subscription of ${s.url}?`) && remove.mutate({ id: s.id })}>
                          Remove
                        </Button>
                      </>
                    )}
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {subscriptions.data?.length === 0 && (
          <Text size="small" className="text-ui-fg-subtle mt-2">
            No subscription yet.
          </Text>
        )}
      </div>
      {open && (
        <div className="px-6 py-4">
          <Heading level="h2" className="mb-2">
            Deliveries
          </Heading>
          <DeliveryLog subscriptionId={open} mayManage={mayManage} />
        </div>
      )}
      {mayManage && (
        <div className="px-6 py-4">
          <Heading level="h2" className="mb-2">
            Add a subscription
          </Heading>
          <SubscriptionForm
            key={formKey}
            busy={create.isPending}
            onSave={(fields) =>
              create.mutate(fields, {
                onSuccess: (r) => {
                  setSecret({ url: r.subscription.url, secret: r.secret })
                  setFormKey((k) => k + 1)
                },
              })
            }
          />
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Webhooks", icon: Bolt })

export default WebhooksPage
