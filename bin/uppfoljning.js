#!/usr/bin/env node
"use strict";
// Runs the TypeScript sources directly (no build step): tsx compiles them on require.

// `npm run uppfoljning -- check FILE` runs in the package root; read FILE from where npm was called.
if (process.env.npm_lifecycle_event === "uppfoljning" && process.env.INIT_CWD) {
  process.chdir(process.env.INIT_CWD);
}

// `uppfoljning check … --json | head` closes the pipe early: stop quietly.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

let main;
try {
  require("tsx/cjs");
  ({ main } = require("../src/cli/main.ts"));
} catch (error) {
  const message = String(error instanceof Error ? error.message : error).split("\n")[0];
  process.stderr.write(`uppfoljning: kunde inte starta (could not start): ${message}\n`);
  process.exit(1);
}

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`uppfoljning: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
