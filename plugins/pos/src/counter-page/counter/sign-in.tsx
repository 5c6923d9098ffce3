import { Heading, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { answerChallenge, errorText, signIn, type MfaChallenge } from "../lib/api"
import { SecondFactor } from "./second-factor"

/**
 * The staff member's Kassa e-mail and password (the admin's), then a session for the counter;
 * with a second factor enrolled (Medusa's MFA), its code before the session.
 */
export function SignIn({ onSignedIn, title = "Sign in to the counter" }: { onSignedIn: () => void; title?: string }) {
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")
  const [challenge, setChallenge] = useState<MfaChallenge | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const attempt = async (work: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await work()
    } catch (err) {
      setError(errorText(err))
    } finally {
      setBusy(false)
    }
  }
  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    void attempt(async () => {
      const asked = await signIn(email.trim(), password)
      if (asked) setChallenge(asked)
      else onSignedIn()
    })
  }

  if (challenge) {
    return (
      <SecondFactor
        title={title}
        busy={busy}
        error={error}
        onAnswer={(method, code) =>
          attempt(async () => {
            await answerChallenge(challenge, method, code)
            onSignedIn()
          })
        }
        onBack={() => {
          setChallenge(null)
          setPassword("")
          setError(null)
        }}
      />
    )
  }

  return (
    <div className="center">
      <form className="card" onSubmit={submit}>
        <div className="brandline">KASSA</div>
        <Heading level="h1">{title}</Heading>
        <div className="flex flex-col gap-y-2">
          <Label htmlFor="email">E-mail</Label>
          <Input id="email" size="base" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} autoFocus />
        </div>
        <div className="flex flex-col gap-y-2">
          <Label htmlFor="password">Password</Label>
          <Input id="password" size="base" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </div>
        {error && (
          <Text className="text-ui-fg-error" role="alert">
            {error}
          </Text>
        )}
        {/* The counter's own large primary button: Medusa UI's inverted one needs CSS the dashboard's build does not ship. */}
        <button className="pay" style={{ height: 52, fontSize: 18 }} disabled={busy || !email || !password}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </div>
  )
}
