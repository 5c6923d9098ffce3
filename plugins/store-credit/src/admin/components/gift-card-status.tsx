import { StatusBadge } from "@medusajs/ui"
import { CARD_STATUS } from "../lib/format"
import type { GiftCardStatus } from "../lib/types"

export const GiftCardStatusBadge = ({ status }: { status: GiftCardStatus }) => <StatusBadge color={CARD_STATUS[status].color}>{CARD_STATUS[status].label}</StatusBadge>
