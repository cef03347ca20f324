//! The language server, driven in-process by a client that speaks real
//! JSON-RPC framing: one module per capability.

mod support;

mod code_action;
mod completion;
mod diagnostics;
mod editing;
mod hostile;
mod hover;
mod hover_range;
mod inlay_hints;
mod lifecycle;
mod navigation;
mod position;
mod presentation;
mod sync_property;
mod workspace;
