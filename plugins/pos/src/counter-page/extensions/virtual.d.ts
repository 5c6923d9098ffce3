/** Written by the page's build (counter-extensions.mts): each listed plugin's `@kassa/<p>/counter`. */
declare module "virtual:kassa/counter-extensions" {
  import type { CounterExtension } from "../../counter/define"
  const extensions: CounterExtension[]
  export default extensions
}
