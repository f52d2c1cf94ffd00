import { FluentProvider, type Theme } from "@fluentui/react-components";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { OutsideExcel } from "./components/OutsideExcel";
import { Pane } from "./components/Pane";
import type { Host } from "./host/Host";
import { HostContext } from "./host/HostContext";
import { EN, SV, type Language } from "./i18n/texts";
import { TextsContext } from "./i18n/TextsContext";

export interface AppProps {
  /** The Excel host; undefined when the page runs outside Excel. */
  readonly host: Host | undefined;
  readonly language: Language;
  readonly theme: Theme;
}

/** The side panel: theme, language, host and the error boundary around everything. */
export function App({ host, language, theme }: AppProps) {
  return (
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }} lang={language === "en" ? "en" : "sv"}>
      <TextsContext.Provider value={{ language, texts: language === "en" ? EN : SV }}>
        <ErrorBoundary describe={(error) => host?.describeError(error)}>
          {host ? (
            <HostContext.Provider value={host}>
              <Pane />
            </HostContext.Provider>
          ) : (
            <OutsideExcel />
          )}
        </ErrorBoundary>
      </TextsContext.Provider>
    </FluentProvider>
  );
}
