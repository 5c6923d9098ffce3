/**
 * The pre-orders plugin at the counter (@kassa/preorders/counter): a screen of its own (Alt+O)
 * that takes a pre-order or a layaway with its deposit, by keyboard alone.
 */
import { defineCounterExtension } from "@kassa/pos/counter"
import { PreorderScreen } from "./preorder-screen"

export default defineCounterExtension({
  // preordersPlugin's id (plugin.ts): the branch switch this screen follows.
  plugin: "preorders",
  screens: [{ id: "preorder", label: "Pre-order", key: "Alt+O", Screen: PreorderScreen }],
})
