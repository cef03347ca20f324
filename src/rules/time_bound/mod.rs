//! T — time-bound: every goal has a date.
