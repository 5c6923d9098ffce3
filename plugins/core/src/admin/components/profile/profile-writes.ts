import { useKassaMutation } from "../../lib/mutation"
import { kassaKeys } from "../../lib/queries"
import { sdk } from "../../lib/sdk"

export const useSaveOwnProfile = () =>
  useKassaMutation(
    (body: { phone: string | null; avatar_url: string | null }) => sdk.client.fetch("/admin/kassa/me", { method: "POST", body }),
    { success: "Profile saved", refresh: [kassaKeys.me] }
  )

// Medusa's own profile query holds the e-mail shown above this section.
export const useChangeOwnEmail = () =>
  useKassaMutation(
    (body: { email: string; password: string }) => sdk.client.fetch("/admin/kassa/me/email", { method: "POST", body }),
    { success: ({ email }) => `You now sign in as ${email}`, refresh: [kassaKeys.me, ["users"]] }
  )

export const useEndSession = () =>
  useKassaMutation((id: string) => sdk.client.fetch(`/admin/kassa/me/sessions/${id}/end`, { method: "POST" }), {
    success: "Session ended",
    refresh: [kassaKeys.sessions],
  })
