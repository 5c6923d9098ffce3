import { Heading, Text } from "@medusajs/ui"
import { grants } from "../../lib/access"
import type { KassaPlugin } from "../../lib/types"
import { CheckboxRow } from "../checkbox-row"

const without = (list: string[], item: string) => list.filter((p) => p !== item)

/**
 * Policies as checkboxes, one group per installed plugin. A policy a wildcard already grants
 * shows checked and locked; policies no installed plugin declares (or `resource:*`) are listed
 * apart, so they can be seen and removed.
 */
export const PolicyChecklist = ({
  plugins,
  value,
  onChange,
}: {
  plugins: KassaPlugin[]
  value: string[]
  onChange: (policies: string[]) => void
}) => {
  const declared = new Set(plugins.flatMap((p) => Object.keys(p.policies)))
  const others = value.filter((p) => p !== "*" && !declared.has(p))
  const row = (policy: string, label: string, description: string) => {
    const direct = value.includes(policy)
    const viaWildcard = !direct && grants(value, policy)
    return (
      <CheckboxRow
        key={policy}
        id={`kassa-policy-${policy}`}
        label={label}
        description={viaWildcard ? `${description} · granted by a wildcard` : description}
        checked={direct || viaWildcard}
        disabled={viaWildcard}
        onChange={(on) => onChange(on ? [...value, policy] : without(value, policy))}
      />
    )
  }

  return (
    <div className="flex flex-col gap-y-6">
      {row("*", "Everything", "Every policy of every plugin, including those installed later")}
      {plugins.map((plugin) => (
        <section key={plugin.id} className="flex flex-col gap-y-3">
          <div>
            <Heading level="h3">{plugin.name}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {plugin.description}
            </Text>
          </div>
          {Object.entries(plugin.policies).map(([policy, description]) => row(policy, description, policy))}
        </section>
      ))}
      {others.length > 0 && (
        <section className="flex flex-col gap-y-3">
          <div>
            <Heading level="h3">Other policies</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Wildcards, and policies of plugins not installed here. The server refuses to save policies no
              installed plugin declares: untick those to save this role.
            </Text>
          </div>
          {others.map((policy) =>
            row(policy, policy, policy.endsWith(":*") ? `Every ${policy.slice(0, -2)} operation` : "No installed plugin declares it")
          )}
        </section>
      )}
    </div>
  )
}
