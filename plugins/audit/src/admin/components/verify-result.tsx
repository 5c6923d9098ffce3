import { Alert, Button, Text } from "@medusajs/ui"
import type { VerifyResult } from "../lib/types"

/** What "Verify chain" found: the chain intact up to its head, or the first entry that breaks it. */
export const VerifyResultAlert = ({ result, onOpen }: { result: VerifyResult; onOpen: (seq: number) => void }) => {
  const { ok, checked, broken, head } = result
  if (ok) {
    return (
      <Alert variant="success">
        <Text size="small" weight="plus">
          Chain intact: {checked.toLocaleString()} entries checked.
        </Text>
        {head && (
          <Text size="small" className="break-all">
            Head #{head.seq}: <code className="font-mono">{head.hash}</code>
          </Text>
        )}
      </Alert>
    )
  }
  return (
    <Alert variant="error">
      <Text size="small" weight="plus">
        {broken ? `Chain broken at entry #${broken.seq}: ${broken.problem}.` : "Chain broken."}
      </Text>
      <Text size="small">
        Entries were altered or removed after they were written. {checked.toLocaleString()} entries checked.
      </Text>
      {broken && (
        <Button size="small" variant="secondary" className="mt-2" onClick={() => onOpen(broken.seq)}>
          Open entry #{broken.seq}
        </Button>
      )}
    </Alert>
  )
}
