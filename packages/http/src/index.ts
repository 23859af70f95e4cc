export { readBody, readText } from "./read-body.js";
export { HOP_BY_HOP } from "./hop-by-hop.js";
export { NO_STORE, errorBody, errorResponse, jsonResponse } from "./error-body.js";
export type { ErrorBodyOf } from "./error-body.js";
export { toNodeListener } from "./node-listener.js";
export type { NodeListenerOptions } from "./node-listener.js";
