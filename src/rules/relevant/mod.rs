//! R — relevant: every goal serves a higher one.
