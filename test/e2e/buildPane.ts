import webpack from "webpack";

/** Builds the pane's test page (webpack.config.js with `e2e`, no office.js, development mode) into `outputPath`. */
export function buildPane(outputPath: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS, shared with the webpack CLI.
  const makeConfig = require("../../webpack.config.js") as (
    env: object,
    argv: object,
  ) => webpack.Configuration;
  const config = makeConfig({ officejs: "none", e2e: true, outputPath }, { mode: "development" });
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (!stats || stats.hasErrors())
        reject(new Error(stats?.toString("errors-only") ?? "webpack gave no stats"));
      else resolve();
    });
  });
}
