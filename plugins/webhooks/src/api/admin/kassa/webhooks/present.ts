import type { InferTypeOf } from "@medusajs/framework/types"
import type { WebhookDelivery, WebhookSubscription } from "../../../../modules/webhooks/models"

type Subscription = InferTypeOf<typeof WebhookSubscription>
type Delivery = InferTypeOf<typeof WebhookDelivery>

/** A subscription as the API shows it: never its secret (given once, on creation or rotation). */
export const presentSubscription = ({ secret: _secret, deleted_at: _deleted, ...s }: Subscription) => s

/** A delivery as its log shows it: the event it carried, parsed, and how its attempts went. */
export const presentDelivery = ({ body, claimed_by: _by, claimed_until: _until, deleted_at: _deleted, ...d }: Delivery) => ({ ...d, event: JSON.parse(body) as unknown })
