import { pluginTender } from "./tender-registry"

// "online": what a web order's payments captured (sale-facts.ts).
const BUILT_IN: Record<string, string> = { cash: "Cash", card: "Card", online: "Paid online" }

/** How a receipt names a tender: cash and card, a plugin's label, else its id made readable ("bank_transfer" → "Bank transfer"). */
export const tenderLabel = (method: string) =>
  BUILT_IN[method] ?? pluginTender(method)?.label ?? method.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase())
