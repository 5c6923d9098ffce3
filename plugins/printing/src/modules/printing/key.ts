/** The printing module's key in the container (its own file: the queue imports it without the module). */
export const PRINTING_MODULE = "kassaPrinting"
