import webpack from "webpack";

/**
 * Builds the pane with webpack.config.js in development mode into `outputPath`: by default the
 * end-to-end test's page (`e2e`, no office.js); `{ officejs: "local" }` builds the add-in's own pages
 * with the copy of office.js from the @microsoft/office-js package.
 */
export function buildPane(
  outputPath: string,
  env: { readonly officejs: "none" | "local"; readonly e2e: boolean } = { officejs: "none", e2e: true },
): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS, shared with the webpack CLI.
  const makeConfig = require("../../webpack.config.js") as (
    env: object,
    argv: object,
  ) => webpack.Configuration;
  const config = makeConfig({ ...env, outputPath }, { mode: "development" });
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (!stats || stats.hasErrors())
        reject(new Error(stats?.toString("errors-only") ?? "webpack gave no stats"));
      else resolve();
    });
  });
}
