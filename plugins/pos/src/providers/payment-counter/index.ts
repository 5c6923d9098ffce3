import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import CounterPaymentProvider from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [CounterPaymentProvider] })
