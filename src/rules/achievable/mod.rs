//! A — achievable and ambitious: out of reach is as bad as no stretch.
