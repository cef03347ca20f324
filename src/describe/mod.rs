//! Numbers, dates and progress put into words for people, in English and
//! French. Pure: shared by the terminal views, the HTML report and the
//! language server.

pub mod numbers;
mod progress;
mod sparkline;

pub use progress::*;
pub use sparkline::sparkline;
