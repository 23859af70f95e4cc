#!/usr/bin/env node
import { main } from "./main.js";

// exitCode, not exit(): stdout may still be flushing to a pipe
process.exitCode = await main(process.argv.slice(2));
