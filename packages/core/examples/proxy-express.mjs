// The same proxy in Express (or plain node:http), through toNodeListener
import express from "express";
import { toNodeListener } from "@linkcard/core/server";
import { POST } from "./proxy-route.mjs";

export const app = express();
app.post("/api/linkcard/v2/send/link-preview", toNodeListener(POST)); // before any body parser
app.use(express.json()); // the rest of your app
