/**
 * @kassa/webhooks/kit: what other code may use of the webhooks plugin — the signature a receiver
 * checks (a receiver written in TypeScript, or a test), and the module's key.
 */
export { signatureHeader, verifySignature } from "./delivery/signature"
export { WEBHOOKS_MODULE } from "./modules/webhooks/key"
export type { default as WebhooksModuleService } from "./modules/webhooks/service"
