import { createContext, useContext } from "react";
import type { Host } from "./Host";

export const HostContext = createContext<Host | undefined>(undefined);

/** The Excel host the pane runs in. Throws when a component is rendered outside `<HostContext.Provider>`. */
export function useHost(): Host {
  const host = useContext(HostContext);
  if (!host) throw new Error("useHost() outside <HostContext.Provider>");
  return host;
}
