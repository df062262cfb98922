#!/usr/bin/env node
import { startServer } from './server.js';

// The `dflint-lsp` bin: the language server on standard input and output (`--stdio`, which clients add, is what it does anyway).
startServer();
