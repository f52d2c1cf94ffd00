/** Where the command line writes: `process.stdout` and `process.stderr`, or collectors in tests. */
export interface Writer {
  write(text: string): unknown;
}

export interface Io {
  readonly stdout: Writer;
  readonly stderr: Writer;
}
