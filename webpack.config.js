// The add-in's pages: taskpane.html (React side panel) and commands.html (ribbon functions).
//
//   npx webpack --mode production                 dist/ for deployment; pages load office.js from Microsoft's CDN
//   npx webpack serve --mode development          https://localhost:3000 for sideloading (see docs/addin.md)
//   npx webpack --env officejs=none --env e2e     the end-to-end test's build: no office.js, the pane started by
//                                                 test/e2e/page/paneEntry.tsx over the in-memory Excel (test/fakes)
//
// Options (`--env name=value`): officejs = cdn (default) | local (served from node_modules) | none;
// e2e (the test page only); outputPath (where to write; default dist/).
const path = require("node:path");
const fs = require("node:fs");
const os = require("node:os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEV_PORT = 3000;

/** The trusted localhost certificate `npx office-addin-dev-certs install` writes, if there is one. */
function devCertificate() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return { type: "https" };
  const options = Object.fromEntries(
    Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]),
  );
  return { type: "https", options };
}

/** The `<script src>` for office.js, or none. */
function officeJsSource(mode) {
  if (mode === "none") return undefined;
  if (mode === "local") return "office-js/office.js";
  return OFFICE_JS_CDN;
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const officeJs = env.officejs ?? "cdn";
  const e2e = Boolean(env.e2e);
  const page = (name, chunks) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: path.resolve(__dirname, `src/${name === "commands" ? "commands" : "taskpane"}/${name}.html`),
      chunks,
      templateParameters: { officeJs: officeJsSource(officeJs) },
    });
  const copies = [
    { from: "assets/icon-*.png", to: "assets/[name][ext]" },
    { from: "src/taskpane/help.html", to: "help.html" },
  ];
  if (officeJs === "local") {
    copies.push({
      from: "node_modules/@microsoft/office-js/dist",
      to: "office-js",
      globOptions: { ignore: ["**/*.debug.js"] },
    });
  }

  return {
    mode: production ? "production" : "development",
    context: __dirname,
    devtool: production ? "source-map" : e2e ? false : "eval-source-map",
    target: ["web", "es2020"],
    entry: e2e
      ? { taskpane: "./test/e2e/page/paneEntry.tsx" }
      : { taskpane: "./src/taskpane/index.tsx", commands: "./src/commands/commands.ts" },
    output: {
      path: path.resolve(__dirname, env.outputPath ?? "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "es2020", target: "es2020" } },
          },
        },
      ],
    },
    plugins: [
      page("taskpane", ["taskpane"]),
      ...(e2e ? [] : [page("commands", ["commands"])]),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      server: devCertificate(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
    },
  };
};
