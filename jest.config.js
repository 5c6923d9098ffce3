// One Jest run for everything: unit and module tests beside the code they test
// (`__tests__`), HTTP and start-up tests in integration-tests/. Run it through `npm test`,
// which builds the plugins and provides a database (scripts/test.js).
module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true, tsx: true }, target: "es2021" } }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  testMatch: ["**/__tests__/**/*.spec.[jt]s", "<rootDir>/integration-tests/**/*.spec.[jt]s"],
  testPathIgnorePatterns: ["/node_modules/", "/.medusa/"],
  modulePathIgnorePatterns: ["<rootDir>/.medusa/", "<rootDir>/plugins/.*/.medusa/"],
  testSequencer: "<rootDir>/integration-tests/sequencer.js",
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
  testTimeout: 300000,
  // Each integration file boots a Medusa app, and a worker keeps some of every boot: a worker
  // that grew past this is replaced after its file (one reached a 4 GB heap and was killed).
  workerIdleMemoryLimit: "1536MB",
}
