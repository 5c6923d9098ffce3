import { MedusaService } from "@medusajs/framework/utils"
import { Branch } from "./models/branch"
import { PluginSwitch } from "./models/plugin-switch"
import { Register } from "./models/register"

export default class BranchModuleService extends MedusaService({ Branch, Register, PluginSwitch }) {}
