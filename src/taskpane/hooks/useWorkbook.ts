import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { analyseWorkbook } from "../../core/analyseWorkbook";
import { toAnalysisOptions } from "../../core/settings/toAnalysisOptions";
import type { Settings } from "../../core/settings/types";
import type { Analysis } from "../../core/types";
import { resolveSourceRange } from "../../excel/namedSources";
import type { WorkbookContents } from "../host/Host";
import { useHost } from "../host/HostContext";

/** How long the pane waits after the last change to a sheet before it reads the workbook again. */
const CHANGE_DEBOUNCE_MS = 600;

export type WorkbookState =
  | { readonly status: "loading" }
  | { readonly status: "failed"; readonly error: unknown }
  | {
      readonly status: "ready";
      readonly contents: WorkbookContents;
      readonly settings: Settings;
      /** Every recognised table with the current settings (the excluded ones too). */
      readonly analysis: Analysis;
    };

export interface Workbook {
  readonly state: WorkbookState;
  /** Reads the workbook again (after an error, or when sheets changed). */
  readonly reload: () => void;
  /** Applies new settings at once and saves them in the workbook; a failed save lands in `saveError`. */
  readonly updateSettings: (settings: Settings) => void;
  readonly saveError: unknown;
  readonly clearSaveError: () => void;
}

/**
 * The workbook as the pane sees it: read through the host, analysed by the pure core with the
 * saved settings, re-read (debounced) whenever a user's sheet changes.
 */
export function useWorkbook(): Workbook {
  const host = useHost();
  const [contents, setContents] = useState<WorkbookContents | undefined>();
  const [settings, setSettings] = useState<Settings | undefined>();
  const [loadError, setLoadError] = useState<unknown>();
  const [saveError, setSaveError] = useState<unknown>();
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setLoadError(undefined);
    host.readWorkbook().then(
      (read) => {
        if (mine !== generation.current) return;
        setContents(read);
        setSettings(read.settings);
      },
      (error: unknown) => {
        if (mine === generation.current) setLoadError(error ?? new Error("readWorkbook failed"));
      },
    );
  }, [host]);

  useEffect(() => {
    reload();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => void) | undefined;
    let unmounted = false;
    host
      .onSourcesChanged(() => {
        clearTimeout(timer);
        timer = setTimeout(reload, CHANGE_DEBOUNCE_MS);
      })
      .then(
        (unsubscribe) => {
          if (unmounted) unsubscribe();
          else stop = unsubscribe;
        },
        (error: unknown) => setLoadError(error ?? new Error("onSourcesChanged failed")),
      );
    return () => {
      unmounted = true;
      clearTimeout(timer);
      stop?.();
    };
  }, [host, reload]);

  const updateSettings = useCallback(
    (next: Settings) => {
      setSettings(next);
      host
        .saveSettings(next)
        .catch((error: unknown) => setSaveError(error ?? new Error("saveSettings failed")));
    },
    [host],
  );

  const analysis = useMemo(() => {
    if (!contents || !settings) return undefined;
    const options = toAnalysisOptions(resolveSourceRange(settings, contents.namedSources));
    return analyseWorkbook(contents.sources, options);
  }, [contents, settings]);

  const state: WorkbookState =
    loadError !== undefined
      ? { status: "failed", error: loadError }
      : contents && settings && analysis
        ? { status: "ready", contents, settings, analysis }
        : { status: "loading" };
  const clearSaveError = useCallback(() => setSaveError(undefined), []);
  return { state, reload, updateSettings, saveError, clearSaveError };
}
