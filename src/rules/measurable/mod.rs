//! M — measurable: a goal can be checked against a number.
