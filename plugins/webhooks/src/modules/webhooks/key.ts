/** The webhooks module's key in the container (its own file: the queue imports it without the module). */
export const WEBHOOKS_MODULE = "kassaWebhooks"
