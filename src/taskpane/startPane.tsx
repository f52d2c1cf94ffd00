import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { Host } from "./host/Host";
import { pickLanguage } from "./i18n/pickLanguage";
import { pickTheme } from "./pickTheme";

/** What Office says about the user's language and theme; nothing when Office is absent or says nothing. */
function officeLooks(): { displayLanguage?: string; background?: string } {
  try {
    const context = Office.context;
    return { displayLanguage: context.displayLanguage, background: context.officeTheme?.bodyBackgroundColor };
  } catch {
    return {};
  }
}

/**
 * Renders the pane into #root once Office is ready: the full pane in Excel, a message
 * anywhere else (a plain browser without Office.js, or another Office application).
 */
export function startPane(createHost: () => Host): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root");
  const root = createRoot(container);
  if (typeof Office === "undefined") {
    root.render(
      <App host={undefined} language={pickLanguage(navigator.language)} theme={pickTheme(undefined)} />,
    );
    return;
  }
  void Office.onReady((info) => {
    const looks = officeLooks();
    const inExcel = info.host === Office.HostType.Excel;
    root.render(
      <App
        host={inExcel ? createHost() : undefined}
        language={pickLanguage(looks.displayLanguage ?? (inExcel ? undefined : navigator.language))}
        theme={pickTheme(looks.background)}
      />,
    );
  });
}
