import type { MedusaRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { routeMatch } from "./route-path"

/**
 * Which policy (and which branch) Medusa's own admin routes need. The first matching rule
 * wins; reads not listed are open to every active staff member, writes not listed need
 * `settings:manage`. Kassa's routes under /admin/kassa guard themselves. Paths are canonical
 * (`routePathOf`) and patterns match without regard to letter case (`routeMatch`).
 */
export type AdminRule = {
  methods: string[]
  path: RegExp
  policy: string
  /** Stock locations the request acts on; "all" when it needs access to every branch. */
  branches?: (req: MedusaRequest, match: RegExpMatchArray) => Promise<string[] | "all"> | string[] | "all"
  /** The policy is not needed when the path's first group is the caller's own user id. */
  ownUser?: boolean
}

const WRITE = ["POST", "DELETE"]
type Body = Record<string, unknown> | undefined
const bodyOf = (req: MedusaRequest) => req.body as Body
const locationIdsIn = (items: unknown) =>
  Array.isArray(items) ? items.map((i) => (i as { location_id?: string }).location_id).filter((l): l is string => !!l) : []

/** Inventory level batches name levels to delete by id: their locations are looked up. */
async function levelBatchLocations(req: MedusaRequest) {
  const body = bodyOf(req) ?? {}
  const ids = [...locationIdsIn(body.create), ...locationIdsIn(body.update)]
  const deleted = Array.isArray(body.delete) ? (body.delete as string[]) : []
  if (deleted.length) {
    const levels = await req.scope.resolve(Modules.INVENTORY).listInventoryLevels({ id: deleted }, { select: ["location_id"] })
    ids.push(...levels.map((l) => l.location_id))
  }
  return ids
}

async function reservationLocation(req: MedusaRequest, match: RegExpMatchArray) {
  const [reservation] = await req.scope
    .resolve(Modules.INVENTORY)
    .listReservationItems({ id: match[1] }, { select: ["location_id"] })
  const moved = bodyOf(req)?.location_id
  return [reservation?.location_id, typeof moved === "string" ? moved : undefined].filter((l): l is string => !!l)
}

export const MEDUSA_ADMIN_RULES: AdminRule[] = [
  // Medusa's profile page saves one's own name and picture here; anyone else's needs staff:manage.
  { methods: ["POST"], path: /^\/admin\/users\/([^/]+)$/, policy: "staff:manage", ownUser: true },
  { methods: WRITE, path: /^\/admin\/(users|invites)(\/|$)/, policy: "staff:manage" },
  { methods: WRITE, path: /^\/admin\/inventory-items\/[^/]+\/location-levels\/batch$/, policy: "inventory:write", branches: levelBatchLocations },
  { methods: WRITE, path: /^\/admin\/inventory-items\/location-levels\/batch$/, policy: "inventory:write", branches: levelBatchLocations },
  { methods: WRITE, path: /^\/admin\/inventory-items\/[^/]+\/location-levels\/([^/]+)$/, policy: "inventory:write", branches: (_r, m) => [m[1]] },
  {
    methods: WRITE,
    path: /^\/admin\/inventory-items\/[^/]+\/location-levels$/,
    policy: "inventory:write",
    branches: (req) => locationIdsIn([bodyOf(req)]),
  },
  {
    methods: WRITE,
    path: /^\/admin\/inventory-items(\/[^/]+)?$/,
    policy: "inventory:write",
    branches: (req) => locationIdsIn(bodyOf(req)?.location_levels),
  },
  { methods: WRITE, path: /^\/admin\/reservations$/, policy: "inventory:write", branches: (req) => locationIdsIn([bodyOf(req)]) },
  { methods: WRITE, path: /^\/admin\/reservations\/([^/]+)$/, policy: "inventory:write", branches: reservationLocation },
  { methods: WRITE, path: /^\/admin\/stock-locations$/, policy: "branch:manage", branches: () => "all" },
  { methods: WRITE, path: /^\/admin\/stock-locations\/([^/]+)/, policy: "branch:manage", branches: (_r, m) => [m[1]] },
  { methods: WRITE, path: /^\/admin\/price-lists(\/|$)/, policy: "price:write" },
  {
    methods: WRITE,
    path: /^\/admin\/(products|product-variants|product-categories|collections|product-tags|product-types|product-options)(\/|$)/,
    policy: "product:write",
  },
  { methods: WRITE, path: /^\/admin\/(customers|customer-groups)(\/|$)/, policy: "customer:write" },
  // Medusa's own archive (no reason kept; Kassa's restore puts such an order back too) needs what Kassa's does.
  { methods: WRITE, path: /^\/admin\/orders\/[^/]+\/archive$/, policy: "order:archive" },
  {
    methods: WRITE,
    path: /^\/admin\/(orders|returns|exchanges|claims|order-edits|draft-orders|fulfillments|payments|payment-collections)(\/|$)/,
    policy: "order:write",
  },
  { methods: ["GET"], path: /^\/admin\/(orders|returns|exchanges|claims|order-edits|draft-orders|payments)(\/|$)/, policy: "order:read" },
  // Who holds the admin and where other systems get in: one's own profile stays open. Workflow
  // executions hold their inputs (PINs, payment data), notifications customers' addresses and receipts.
  { methods: ["GET"], path: /^\/admin\/users\/me$/, policy: "" },
  { methods: ["GET"], path: /^\/admin\/(users|invites|api-keys|workflows-executions|notifications)(\/|$)/, policy: "settings:read" },
  { methods: WRITE, path: /^\/admin\/(promotions|campaigns)(\/|$)/, policy: "promotion:write" },
  // Uploads only store files (product images, profile pictures); the record that uses one is guarded.
  { methods: WRITE, path: /^\/admin\/uploads(\/|$)/, policy: "" },
  { methods: WRITE, path: /^\/admin\//, policy: "settings:manage" },
]

export const findAdminRule = (method: string, path: string) =>
  MEDUSA_ADMIN_RULES.map((rule) => ({ rule, match: rule.methods.includes(method) ? routeMatch(path, rule.path) : null })).find(
    (r) => r.match
  ) as { rule: AdminRule; match: RegExpMatchArray } | undefined
