import { Badge, Container, Heading, Label, Switch, Text } from "@medusajs/ui"
import { isPluginOn } from "../../lib/plugins"
import { usePlugins } from "../../lib/queries"
import type { Branch } from "../../lib/types"
import { useSwitchPlugin } from "./branch-writes"

/** Every installed Kassa plugin with a switch for this branch. */
export const BranchPluginsSection = ({ branch, canManage }: { branch: Branch; canManage: boolean }) => {
  const plugins = usePlugins()
  const toggle = useSwitchPlugin(branch.stock_location_id)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Plugins at this branch</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          A plugin switched off here refuses its requests at this branch; other branches keep their own choice.
        </Text>
      </div>
      {(plugins.data ?? []).map((p) => {
        const id = `kassa-plugin-${p.id}`
        const pending = toggle.isPending && toggle.variables?.plugin === p.id
        return (
          <div key={p.id} className="flex items-center justify-between gap-x-4 px-6 py-4">
            <div>
              <Label htmlFor={id} size="small" weight="plus">
                {p.name}
              </Label>
              <Text size="small" className="text-ui-fg-subtle">
                {p.description}
              </Text>
            </div>
            <div className="flex shrink-0 items-center gap-x-2">
              {p.always_on && (
                <Badge size="2xsmall" color="grey">
                  always on
                </Badge>
              )}
              <Switch
                id={id}
                checked={isPluginOn(p, branch)}
                disabled={p.always_on || !canManage || pending}
                onCheckedChange={(enabled) => toggle.mutate({ plugin: p.id, enabled, name: p.name })}
              />
            </div>
          </div>
        )
      })}
    </Container>
  )
}
