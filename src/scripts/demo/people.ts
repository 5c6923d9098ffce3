import { seededRandom } from "./random"

/** The demo retailer's branches: each becomes a stock location with its own sales channel. */
export const BRANCHES = [
  { code: "MNL", name: "Manila Branch", city: "Manila", address: "1147 Rizal Avenue, Santa Cruz", postal_code: "1003", province: "Metro Manila", phone: "+63 2 8711 4820", tax_id: "009-214-556-000" },
  { code: "CEB", name: "Cebu Branch", city: "Cebu City", address: "88 Colon Street, Barangay Pari-an", postal_code: "6000", province: "Cebu", phone: "+63 32 255 1934", tax_id: "009-214-556-001" },
  { code: "DAV", name: "Davao Branch", city: "Davao City", address: "210 C.M. Recto Street, Poblacion", postal_code: "8000", province: "Davao del Sur", phone: "+63 82 224 6710", tax_id: "009-214-556-002" },
] as const

export const RECEIPT_FOOTER = "Thank you for shopping at Galos Gadget Hub!\nThis serves as your official receipt. Keep it for warranty claims."

/** Two counters at every branch. */
export const REGISTERS = [
  { code: "R1", name: "Counter 1" },
  { code: "R2", name: "Counter 2" },
]

export type BranchCode = (typeof BRANCHES)[number]["code"]

/** Staff who sign in to the admin and at the counter, with their Kassa role and branch. */
export const STAFF: { email: string; first_name: string; last_name: string; role: string; branch: BranchCode | "ALL" }[] = [
  { email: "owner@example.com", first_name: "Gloria", last_name: "Galos", role: "Owner", branch: "ALL" },
  { email: "manager.mnl@example.com", first_name: "Ramon", last_name: "Dela Cruz", role: "Manager", branch: "MNL" },
  { email: "manager.ceb@example.com", first_name: "Maricel", last_name: "Villanueva", role: "Manager", branch: "CEB" },
  { email: "manager.dav@example.com", first_name: "Jose", last_name: "Bautista", role: "Manager", branch: "DAV" },
  { email: "agent1.mnl@example.com", first_name: "Kristine", last_name: "Reyes", role: "Sales Agent", branch: "MNL" },
  { email: "agent2.mnl@example.com", first_name: "Paolo", last_name: "Mendoza", role: "Sales Agent", branch: "MNL" },
  { email: "agent1.ceb@example.com", first_name: "Aileen", last_name: "Flores", role: "Sales Agent", branch: "CEB" },
  { email: "agent1.dav@example.com", first_name: "Mark", last_name: "Aquino", role: "Sales Agent", branch: "DAV" },
  { email: "credit@example.com", first_name: "Teresa", last_name: "Ramos", role: "Credit Officer", branch: "ALL" },
  { email: "credit.senior@example.com", first_name: "Eduardo", last_name: "Lim", role: "Credit Officer", branch: "ALL" },
  { email: "cashier.mnl@example.com", first_name: "Angelica", last_name: "Santos", role: "Cashier", branch: "MNL" },
]

/**
 * The credit officers' approval limits in pesos (amount financed): a phone on installments fits
 * the first officer's; a high-end laptop escalates to the senior officer.
 */
export const CREDIT_LIMITS: Record<string, number> = { "credit@example.com": 60000, "credit.senior@example.com": 200000 }

const FIRST = ["Juan", "Maria", "Jose", "Ana", "Carlo", "Liza", "Miguel", "Grace", "Rafael", "Joy", "Antonio", "Rosario",
  "Paolo", "Camille", "Andres", "Kristine", "Noel", "Jasmine", "Ramon", "Bea", "Enrique", "Patricia", "Gabriel", "Divina", "Rico"]
const LAST = ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Torres", "Tomas", "Andrada", "Castillo",
  "Flores", "Villanueva", "Ramos", "Castro", "Rivera", "Aquino", "Navarro", "Salazar", "Mercado", "Dizon", "Pascual"]
// Mobile prefixes of the three PH networks.
const PREFIX = ["917", "918", "919", "920", "927", "945", "956", "966", "977", "995", "998", "999"]

/** Fifty walk-in and repeat customers with mobile numbers; about two in three gave an e-mail. */
export function buildCustomers(count = 50) {
  const rnd = seededRandom(20261122)
  const seen = new Set<string>()
  const customers: { first_name: string; last_name: string; phone: string; email?: string }[] = []
  while (customers.length < count) {
    const first_name = rnd.pick(FIRST)
    const last_name = rnd.pick(LAST)
    const phone = `+63${rnd.pick(PREFIX)}${String(rnd.int(0, 9999999)).padStart(7, "0")}`
    if (seen.has(phone)) continue
    seen.add(phone)
    const n = customers.length + 1
    const email = rnd.next() < 0.66 ? `${first_name}.${last_name}${n}@example.com`.toLowerCase().replace(/\s+/g, "") : undefined
    customers.push({ first_name, last_name, phone, email })
  }
  return customers
}
