/** The fields that were given: MikroORM refuses `undefined` for a property on update. */
export const definedOnly = <T extends Record<string, unknown>>(fields: T) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>
