import { useCallback, useState } from "react";
import type { Settings } from "../../core/settings/types";
import type { GeneratedReport } from "../host/Host";
import { useHost } from "../host/HostContext";

export type ReportRun =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly done: number | undefined }
  | { readonly status: "done"; readonly report: GeneratedReport }
  | { readonly status: "failed"; readonly error: unknown };

/** *Skapa rapport*: runs the host's report writer with progress, and keeps the outcome for the pane to show. */
export function useReport(): {
  readonly run: ReportRun;
  readonly create: (settings: Settings) => void;
  readonly reset: () => void;
} {
  const host = useHost();
  const [run, setRun] = useState<ReportRun>({ status: "idle" });
  const create = useCallback(
    (settings: Settings) => {
      setRun({ status: "running", done: undefined });
      host
        .generateReport(settings, (done) =>
          setRun({ status: "running", done: Math.min(Math.max(done, 0), 1) }),
        )
        .then(
          (report) => setRun({ status: "done", report }),
          (error: unknown) =>
            setRun({ status: "failed", error: error ?? new Error("generateReport failed") }),
        );
    },
    [host],
  );
  const reset = useCallback(() => setRun({ status: "idle" }), []);
  return { run, create, reset };
}
