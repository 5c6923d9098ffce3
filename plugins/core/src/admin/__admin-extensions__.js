
      // Auto-generated index file for Medusa Admin UI extensions
    import WidgetComponent0, { config as WidgetConfig0 } from "/work/wt-recovery/plugins/core/src/admin/widgets/branch-kassa.tsx"
import WidgetComponent1, { config as WidgetConfig1 } from "/work/wt-recovery/plugins/core/src/admin/widgets/product-cost-margin.tsx"

const widgetModule = { widgets: [
  {
    Component: WidgetComponent0,
    zone: ["location.details.after"],
    widgetId: "Widget-3ecb"
},
{
    Component: WidgetComponent1,
    zone: ["product.details.after"],
    widgetId: "Widget-0aee"
}
] }
    import RouteComponent0, { config as HandleConfig0 } from "/work/wt-recovery/plugins/core/src/admin/routes/staff/page.tsx"
import RouteComponent1, { config as HandleConfig1 } from "/work/wt-recovery/plugins/core/src/admin/routes/branches/page.tsx"
import RouteComponent2, { config as HandleConfig2 } from "/work/wt-recovery/plugins/core/src/admin/routes/staff/roles/page.tsx"

const routeModule = { routes: [
    {
    Component: RouteComponent0,
    path: "/staff",
    handle: { label: HandleConfig0.label, translationNs: HandleConfig0.translationNs }
  },
{
    Component: RouteComponent1,
    path: "/branches",
    handle: { label: HandleConfig1.label, translationNs: HandleConfig1.translationNs }
  },
{
    Component: RouteComponent2,
    path: "/staff/roles",
    handle: { label: HandleConfig2.label, translationNs: HandleConfig2.translationNs }
  }
]
 }
    import { config as RouteConfig0 } from "/work/wt-recovery/plugins/core/src/admin/routes/branches/page.tsx"
import { config as RouteConfig1 } from "/work/wt-recovery/plugins/core/src/admin/routes/staff/page.tsx"
import { config as RouteConfig2 } from "/work/wt-recovery/plugins/core/src/admin/routes/staff/roles/page.tsx"

const menuItemModule = { menuItems: [
    {
    label: RouteConfig0.label,
    icon: RouteConfig0.icon,
    path: "/branches",
    nested: undefined,
    rank: undefined,
    translationNs: undefined
  },
{
    label: RouteConfig1.label,
    icon: RouteConfig1.icon,
    path: "/staff",
    nested: undefined,
    rank: undefined,
    translationNs: undefined
  },
{
    label: RouteConfig2.label,
    icon: undefined,
    path: "/staff/roles",
    nested: undefined,
    rank: undefined,
    translationNs: undefined
  }
]
 }
    

const formModule = { customFields: {
  
} }
    

const displayModule = { 
    displays: {
      
    }
   }
    import { deepMerge } from "@medusajs/admin-shared"

const i18nModule = { resources: {} }
    

const cellRendererModule = {}
    

const layoutModule = { layouts: [
  
] }
    

const searchEntityModule = {}

    const plugin = {
      widgetModule,
      routeModule,
      menuItemModule,
      formModule,
      displayModule,
      i18nModule,
      cellRendererModule,
      layoutModule,
      searchEntityModule
    }

    export default plugin
    