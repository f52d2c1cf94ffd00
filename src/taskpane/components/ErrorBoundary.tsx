import { Component, type ReactNode } from "react";
import type { Message } from "../host/Host";
import { ErrorMessage } from "./ErrorMessage";

interface Props {
  readonly children: ReactNode;
  /** The user message of a known error; undefined for an unknown one. */
  readonly describe: (error: unknown) => Message | undefined;
}

/** The pane's last line: whatever throws while rendering becomes a MessageBar, never a blank pane. */
export class ErrorBoundary extends Component<Props, { readonly error: unknown; readonly failed: boolean }> {
  override state = { error: undefined as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <ErrorMessage
        error={this.state.error}
        known={this.props.describe(this.state.error)}
        onRetry={() => this.setState({ error: undefined, failed: false })}
      />
    );
  }
}
