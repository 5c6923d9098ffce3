import { QueryKey, useMutation, useQueryClient } from "@tanstack/react-query"
import { toast } from "@medusajs/ui"

/**
 * A write to Kassa's API: on success a toast and a refresh of the queries it touched; on failure
 * the server's message, which is written for the person at the screen.
 */
export function useKassaMutation<TVars, TResult = unknown>(
  request: (vars: TVars) => Promise<TResult>,
  { success, refresh }: { success?: string | ((vars: TVars) => string); refresh: QueryKey[] }
) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: request,
    onSuccess: (_result, vars) => {
      if (success) toast.success(typeof success === "string" ? success : success(vars))
      return Promise.all(refresh.map((queryKey) => client.invalidateQueries({ queryKey })))
    },
    onError: (e: Error) => toast.error(e.message),
  })
}
