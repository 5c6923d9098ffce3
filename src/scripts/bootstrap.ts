import type { ExecArgs } from "@medusajs/framework/types"
import { seedDemoData } from "./demo/seed-demo"
import { ensureUser } from "./demo/users"

/**
 * Run by `npm start` / `npm run dev` after migrations (scripts/kassa.js sets the variables and
 * their documented defaults): the admin login (an Owner), then the demo
 * retailer unless KASSA_SEED=false.
 * Both are idempotent.
 */
export default async function bootstrap({ container }: ExecArgs) {
  const setting = (name: string) => {
    const value = process.env[name]
    if (!value) throw new Error(`${name} is not set: run this through npm start or npm run dev`)
    return value
  }
  await ensureUser(container, {
    email: setting("KASSA_ADMIN_EMAIL"),
    password: setting("KASSA_ADMIN_PASSWORD"),
    first_name: "Kassa",
    last_name: "Admin",
    staff: { roles: ["Owner"], all_branches: true, branch_ids: [] },
  })
  if (process.env.KASSA_SEED !== "false") {
    await seedDemoData(container, { staffPassword: setting("KASSA_DEMO_PASSWORD") })
  }
}
