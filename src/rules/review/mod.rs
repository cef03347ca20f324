//! Review: goals are checked in on regularly.
