/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  setupFiles: ["<rootDir>/test/setupFastCheck.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { isolatedModules: true }] },
};
