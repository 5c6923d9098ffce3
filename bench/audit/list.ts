import { AUDIT_MODULE, type AuditModuleService, type AuditFilters } from "@kassa/audit/kit"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { summary, timed } from "./stats"

const RUNS = 30
const BATCH = 100_000

/**
 * Tops the log up to `target` entries shaped like a year of a busy retailer's: mostly stock and
 * order updates, some catalog edits, sign-ins and refusals, spread over 365 days and three
 * branches. They go through the real path: the pending queue, then kassa_audit_chain().
 */
async function topUp(knex: Knex, audit: AuditModuleService, target: number, actors: string[], branches: string[]) {
  const { rows } = await knex.raw(`select count(*)::int8 as n from kassa_audit_entry`)
  let missing = target - Number(rows[0].n)
  if (missing <= 0) return console.log(`The log already holds ${Number(rows[0].n).toLocaleString("en")} entries`)
  console.log(`Adding ${missing.toLocaleString("en")} entries to the log…`)
  let inserting = 0
  let chaining = 0
  while (missing > 0) {
    const n = Math.min(BATCH, missing)
    const [ins] = await timed(() =>
      knex.raw(
        `insert into kassa_audit_pending (occurred_at, actor_type, actor_id, actor_name, action, entity_type, entity_id, changes, branch_id, related_ids, ip, user_agent, correlation_id)
         select now() - interval '365 days' * (1 - (g::float8 / :n)) + (random() * interval '1 minute'),
                'user', a[1 + (g % cardinality(a))], 'Bench actor ' || (g % cardinality(a)),
                (array['update','update','update','create','delete','auth.sign_in','access.denied'])[1 + (g % 7)],
                (array['inventory_level','order','inventory_level','product_variant','price','customer','product','payment_capture','branch'])[1 + (g % 9)],
                'ent_' || md5((g % 50000)::text),
                jsonb_build_object('stocked_quantity', jsonb_build_object('before', g % 40, 'after', g % 40 + 1)),
                b[1 + (g % cardinality(b))], array['rel_' || md5((g % 20000)::text)], '10.0.0.' || (g % 250), 'bench', md5(g::text)
           from generate_series(1, :n) g, (select :actors::text[] as a, :branches::text[] as b) s`,
        { n, actors, branches }
      )
    )
    const [ch] = await timed(() => audit.chain())
    inserting += ins
    chaining += ch
    missing -= n
    process.stdout.write(`  ${(target - missing).toLocaleString("en")}\r`)
  }
  await knex.raw(`analyze kassa_audit_entry`)
  console.log(`  queued in ${(inserting / 1000).toFixed(1)} s, chained in ${(chaining / 1000).toFixed(1)} s`)
}

/** The list route's queries, each timed RUNS times through the service the route calls. */
export async function benchList(container: MedusaContainer, target: number) {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const audit = container.resolve<AuditModuleService>(AUDIT_MODULE)
  const actors = (await container.resolve(Modules.USER).listUsers({}, { select: ["id"] })).map((u) => u.id)
  const branches = (await container.resolve(Modules.STOCK_LOCATION).listStockLocations({}, { select: ["id"] })).map((l) => l.id)
  await topUp(knex, audit, target, actors, branches)
  const { rows } = await knex.raw(`select count(*)::int8 as n from kassa_audit_entry`)
  const some = await knex("kassa_audit_entry").select("entity_id").where("seq", Math.floor(Number(rows[0].n) / 2)).first()

  const day = 24 * 3600 * 1000
  const cases: [string, AuditFilters][] = [
    ["newest, no filter", {}],
    ["entity type = product", { entity_type: "product" }],
    ["action = delete", { action: "delete" }],
    ["actor", { actor_id: actors[0] }],
    ["branch + one week, 3 months ago", { branch_id: branches[0], from: new Date(Date.now() - 97 * day), to: new Date(Date.now() - 90 * day) }],
    ["entity type + actor + 30 days", { entity_type: "order", actor_id: actors[1 % actors.length], from: new Date(Date.now() - 30 * day) }],
    ["one record (entity id)", { entity_id: some.entity_id }],
    ["text search (part of an id)", { q: String(some.entity_id).slice(4, 14) }],
    ["manager's view (own branch + unbranched)", { branches: [branches[0]] }],
  ]
  console.log(`\nFiltered list, 50 per page, ${Number(rows[0].n).toLocaleString("en")} entries, ${RUNS} runs each:`)
  for (const [name, filters] of cases) {
    const samples: number[] = []
    for (let i = 0; i < RUNS; i++) samples.push((await timed(() => audit.list(filters, { limit: 50 })))[0])
    console.log(`  ${name.padEnd(42)} ${summary(samples)}`)
  }

  // Keyset paging: page 200 costs what page 1 costs.
  const deep: number[] = []
  let before: number | undefined
  for (let page = 0; page < 200; page++) {
    const [t, res] = await timed(() => audit.list({ entity_type: "inventory_level" }, { before, limit: 50 }))
    deep.push(t)
    before = res.next_cursor ?? undefined
  }
  console.log(`  ${"200 pages deep (entity type, by cursor)".padEnd(42)} ${summary(deep)}`)

  const [verifyMs, verified] = await timed(() => audit.verify())
  console.log(`\nVerify: ${verified.ok ? "intact" : `BROKEN at #${verified.broken?.seq}`}, ${verified.checked.toLocaleString("en")} entries in ${(verifyMs / 1000).toFixed(1)} s`)
}
