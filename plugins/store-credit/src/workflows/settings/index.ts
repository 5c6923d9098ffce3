export { updateStoreCreditSettingsWorkflow } from "./workflows/update-store-credit-settings"
