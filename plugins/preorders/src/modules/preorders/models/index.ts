export { Preorder } from "./preorder"
export { PreorderPayment } from "./payment"
export { PreorderSettings } from "./settings"
