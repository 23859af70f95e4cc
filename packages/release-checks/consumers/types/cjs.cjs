// The types package at run time, from CommonJS.
const spec = require("@linkcard/types/openapi.json");
const entry = require("@linkcard/types");

if (spec.openapi !== "3.1.0" || !spec.paths["/v2/send/link-preview"]?.post) throw new Error("openapi.json is not the contract");
console.log(JSON.stringify({ openapi: spec.openapi, operation: spec.paths["/v2/send/link-preview"].post.operationId, exports: Object.keys(entry).length }));
