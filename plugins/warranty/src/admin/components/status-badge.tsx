import { StatusBadge } from "@medusajs/ui"
import { STATUS_COLORS, STATUS_LABELS } from "../lib/labels"
import type { ClaimStatus } from "../lib/types"

export const ClaimStatusBadge = ({ status }: { status: ClaimStatus }) => <StatusBadge color={STATUS_COLORS[status]}>{STATUS_LABELS[status]}</StatusBadge>
