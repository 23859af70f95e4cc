// The types package at run time, from ESM: the bundled contract as JSON, and the (type-only) entry.
import spec from "@linkcard/types/openapi.json" with { type: "json" };
import * as entry from "@linkcard/types";

if (spec.openapi !== "3.1.0" || !spec.paths["/v2/send/link-preview"]?.post) throw new Error("openapi.json is not the contract");
console.log(JSON.stringify({ openapi: spec.openapi, operation: spec.paths["/v2/send/link-preview"].post.operationId, exports: Object.keys(entry).length }));
