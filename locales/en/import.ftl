# import

## src/import/number.rs

import-not-number = `{ $text }` is not a number
