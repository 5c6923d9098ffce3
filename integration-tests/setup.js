// Every test file loads models afresh; MikroORM's global metadata must not carry over.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
