//! OKR shape: an objective with a few measurable key results, owned and declared.
