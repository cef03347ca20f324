//! goalie: goals kept in plain text, checked like code.
//!
//! The core — [`syntax`], [`model`], [`analysis`], [`progress`], [`format`],
//! [`diagnostic`], [`text`], [`i18n`] and [`import`] — does no I/O and knows nothing of terminals or editors; the
//! shells — [`host`] (files on disk) and [`cli`] — sit on top of it. See
//! ARCHITECTURE.md.

pub mod analysis;
pub mod cli;
pub mod config;
pub mod describe;
pub mod diagnostic;
pub mod format;
pub mod host;
pub mod i18n;
pub mod import;
pub mod log_line;
pub mod lsp;
pub mod model;
pub mod progress;
pub mod rules;
pub mod syntax;
pub mod text;
