import { useHost } from "../host/HostContext";
import { ErrorMessage, type ErrorMessageProps } from "./ErrorMessage";

/** An error from the host, shown with the adapter's own message when it knows the error. */
export function HostError(props: Omit<ErrorMessageProps, "known">) {
  const host = useHost();
  return <ErrorMessage {...props} known={host.describeError(props.error)} />;
}
