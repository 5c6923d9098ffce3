import { pluginTender } from "./tender-registry"

const BUILT_IN: Record<string, string> = { cash: "Cash", card: "Card" }

/** How a receipt names a tender: cash and card, a plugin's label, else its id made readable ("bank_transfer" → "Bank transfer"). */
export const tenderLabel = (method: string) =>
  BUILT_IN[method] ?? pluginTender(method)?.label ?? method.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase())
