import { defineMiddlewares } from "@medusajs/framework/http"
// Registers the plugin's policies and pages with core (the routes come with their guards).
import "../plugin"

export default defineMiddlewares({ routes: [] })
