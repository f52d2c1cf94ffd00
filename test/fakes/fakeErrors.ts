/**
 * Errors as Excel raises them: a `RichApi.Error` (an `OfficeExtension.Error`) with a `code` such as
 * "ItemNotFound", a message, and `debugInfo` naming where it happened.
 */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export const ERROR_CODES = {
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  itemNotFound: "ItemNotFound",
  itemAlreadyExists: "ItemAlreadyExists",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  accessDenied: "AccessDenied",
} as const;

export const itemNotFound = (what: string): FakeOfficeError =>
  new FakeOfficeError(ERROR_CODES.itemNotFound, `The requested resource doesn't exist.`, what);

export const invalidArgument = (what: string): FakeOfficeError =>
  new FakeOfficeError(
    ERROR_CODES.invalidArgument,
    "The argument is invalid or missing or has an incorrect format.",
    what,
  );

export const propertyNotLoaded = (type: string, property: string): FakeOfficeError =>
  new FakeOfficeError(
    ERROR_CODES.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
