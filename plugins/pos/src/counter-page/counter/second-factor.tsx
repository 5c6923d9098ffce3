import { Button, Heading, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"

type Props = {
  title: string
  busy: boolean
  error: string | null
  onAnswer: (method: "totp" | "recovery_code", code: string) => void
  onBack: () => void
}

/** The second step of signing in: the authenticator app's code, or one of the recovery codes. */
export function SecondFactor({ title, busy, error, onAnswer, onBack }: Props) {
  const [recovery, setRecovery] = useState(false)
  const [code, setCode] = useState("")
  const cleaned = recovery ? code.trim() : code.replace(/\s/g, "")
  const ready = recovery ? cleaned.length > 0 : /^\d{6,8}$/.test(cleaned)

  return (
    <div className="center">
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault()
          if (ready) onAnswer(recovery ? "recovery_code" : "totp", cleaned)
        }}
      >
        <div className="brandline">KASSA</div>
        <Heading level="h1">{title}</Heading>
        <Text className="text-ui-fg-subtle">
          {recovery ? "Type one of the recovery codes you saved when you set up two-factor sign-in. Each works once." : "Type the 6-digit code your authenticator app shows for Kassa."}
        </Text>
        <div className="flex flex-col gap-y-2">
          <Label htmlFor="mfa-code">{recovery ? "Recovery code" : "Authentication code"}</Label>
          <Input
            id="mfa-code"
            key={recovery ? "recovery" : "totp"}
            size="base"
            autoComplete="one-time-code"
            inputMode={recovery ? "text" : "numeric"}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoFocus
          />
        </div>
        {error && (
          <Text className="text-ui-fg-error" role="alert">
            {error}
          </Text>
        )}
        <button className="pay" style={{ height: 52, fontSize: 18 }} disabled={busy || !ready}>
          {busy ? "Checking…" : "Verify"}
        </button>
        <Button
          variant="transparent"
          type="button"
          onClick={() => {
            setRecovery(!recovery)
            setCode("")
          }}
        >
          {recovery ? "Use the authenticator app's code" : "Use a recovery code"}
        </Button>
        <Button variant="secondary" type="button" onClick={onBack}>
          Back to e-mail and password
        </Button>
      </form>
    </div>
  )
}
